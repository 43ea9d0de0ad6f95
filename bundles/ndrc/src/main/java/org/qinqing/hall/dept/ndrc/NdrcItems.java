package org.qinqing.hall.dept.ndrc;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.WECHAT;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** The items of 南山区发展和改革局: investment items plus price, grain, energy and credit items. */
final class NdrcItems {
    static final String PRICE = "ndrc-price-determination";
    static final String GRAIN_PURCHASE = "ndrc-grain-purchase-filing";
    static final String GRAIN_STORAGE = "ndrc-grain-storage-filing";
    static final String PV = "ndrc-distributed-pv-filing";
    static final String CREDIT = "ndrc-credit-repair";
    static final String ENERGY_REPORT = "ndrc-energy-use-report";

    private static final String GRAIN_REGULATION = "《粮食流通管理条例》";

    private NdrcItems() {
    }

    static List<Item> all() {
        List<Item> all = new ArrayList<>(InvestmentItems.all());
        all.addAll(List.of(
                Item.of(PRICE, "价格认定").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(7, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国价格法》；《价格认定规定》（国家发展和改革委员会）")
                        .description("受纪检监察、司法和行政机关委托，对价格不明或者价格有争议的涉案财物、涉税财物等进行价格确认；需实物查验的，委托机关配合送检一次。")
                        .keywords("涉案财物价格认定", "价格鉴定", "物价认定")
                        .material(Material.of("entrustment", "价格认定协助书"))
                        .material(Material.of("property-list", "价格认定标的清单及相关证明材料"))
                        .field(FormField.of("purpose", "价格认定用途", FieldType.CHOICE).options("刑事案件办理", "行政执法", "纪检监察", "涉税财物处理"))
                        .field(FormField.of("benchmarkDate", "价格认定基准日", FieldType.DATE))
                        .field(FormField.of("subject", "价格认定标的", FieldType.TEXT).maxLength(300))
                        .build(),
                Item.of(GRAIN_PURCHASE, "粮食收购企业备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(GRAIN_REGULATION + "第九条")
                        .description("从事粮食收购的企业向收购地的区粮食和储备行政管理部门备案企业名称、地址、负责人以及仓储设施等信息。")
                        .keywords("粮食收购", "粮食经营", "收购资格")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("storage-proof", "仓储设施产权证明或租赁合同").optional().note("有自有或租赁仓储设施的提交"))
                        .field(FormField.of("principal", "企业负责人", FieldType.TEXT).maxLength(30))
                        .field(FormField.of("annualVolume", "预计年收购量（吨）", FieldType.DECIMAL))
                        .field(FormField.of("storageCapacity", "自有或租赁仓容（吨）", FieldType.DECIMAL))
                        .build(),
                Item.of(GRAIN_STORAGE, "粮油仓储单位备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(GRAIN_REGULATION + "；《粮油仓储管理办法》（国家发展和改革委员会）")
                        .description("从事粮油仓储活动的单位向所在地粮食行政管理部门备案仓储设施、设备和人员情况。")
                        .keywords("粮库备案", "仓储备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("facility-list", "仓储设施、设备清单及产权或租赁证明"))
                        .field(FormField.of("storageCapacity", "仓容（吨）", FieldType.DECIMAL))
                        .field(FormField.of("custodians", "粮油保管员人数", FieldType.INTEGER))
                        .build(),
                Item.of(PV, "分布式光伏发电项目备案").type(ItemType.FILING).party(PartyType.BOTH)
                        .limits(5, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国可再生能源法》；" + InvestmentItems.INVESTMENT_REGULATION + "；《分布式光伏发电项目管理暂行办法》（国家能源局）")
                        .description("在南山区建筑屋顶建设的分布式光伏发电项目即时备案：居民户用项目装机不超过50千瓦，其他项目不超过6兆瓦。")
                        .keywords("光伏备案", "屋顶光伏", "户用光伏", "新能源")
                        .material(Material.of("applicant-id", "申请人身份证明（个人提交身份证，单位提交营业执照）"))
                        .material(Material.of("roof-title", "屋顶产权证明"))
                        .material(Material.of("roof-agreement", "屋顶租赁或使用协议").optional().note("在他人屋顶建设时提交"))
                        .field(FormField.of("address", "项目地址", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("capacityKw", "装机容量（千瓦）", FieldType.DECIMAL))
                        .field(FormField.of("ownRoof", "是否在自有屋顶建设", FieldType.BOOLEAN))
                        .build(),
                Item.of(CREDIT, "行政处罚信息信用修复").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(10, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会）；《深圳经济特区社会信用条例》")
                        .description("已履行行政处罚决定、最短公示期届满的当事人申请停止在“信用中国（广东深圳）”公示行政处罚信息。")
                        .keywords("信用修复", "信用中国", "撤下处罚信息")
                        .material(Material.of("penalty-decision", "行政处罚决定书"))
                        .material(Material.of("fulfilment-proof", "履行行政处罚决定的证明（缴纳罚没款凭证等）"))
                        .material(Material.of("credit-commitment", "信用修复承诺书").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("decisionNumber", "处罚决定书文号", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("decisionDate", "处罚决定日期", FieldType.DATE))
                        .field(FormField.of("severity", "处罚类别", FieldType.CHOICE).options(CreditRepair.SEVERITIES))
                        .field(FormField.of("fulfilled", "是否已全部履行处罚决定", FieldType.BOOLEAN))
                        .build(),
                Item.of(ENERGY_REPORT, "重点用能单位能源利用状况报告").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国节约能源法》第五十二条、第五十三条")
                        .description("重点用能单位每年报送上年度能源消费、能源利用效率、节能目标完成和节能措施等情况。")
                        .keywords("能源利用状况", "重点用能单位", "能耗报告")
                        .material(Material.of("energy-report", "上年度能源利用状况报告").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("improvement-plan", "节能改进措施").optional().note("能耗同比增长超过10%的提交"))
                        .field(FormField.of("reportYear", "报告年度", FieldType.INTEGER))
                        .field(FormField.of("energyUse", "报告年度综合能源消费量（吨标准煤）", FieldType.DECIMAL))
                        .field(FormField.of("previousEnergyUse", "前一年度综合能源消费量（吨标准煤）", FieldType.DECIMAL))
                        .build()));
        return List.copyOf(all);
    }
}
