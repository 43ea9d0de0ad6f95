package org.qinqing.hall.dept.water;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.WECHAT;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Drainage, river and water works items of 南山区水务局 (all for enterprises, fully online). */
final class WaterDrainageItems {
    static final String DRAINAGE = "water-drainage-permit";
    static final String DRAINAGE_RENEWAL = "water-drainage-renewal";
    static final String FACILITY_ALTERATION = "water-drainage-facility-alteration";
    static final String RIVER_CONSTRUCTION = "water-river-construction";
    static final String QUALITY_SUPERVISION = "water-works-quality-supervision";
    static final String DRAINAGE_COMPLETION = "water-drainage-completion-filing";

    /** Vault kind of the 城镇污水排入排水管网许可证. */
    static final String DRAINAGE_LICENCE = "drainage-licence";

    private static final String DRAINAGE_RULES = "《城镇排水与污水处理条例》（国务院令第641号）";

    private WaterDrainageItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(DRAINAGE, "城镇污水排入排水管网许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(DRAINAGE_RULES + "第二十一条；《城镇污水排入排水管网许可管理办法》")
                        .description("从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，申领排水许可证，有效期5年。")
                        .keywords("排水证", "排水许可证", "餐饮排水")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("drainage-plan", "排水户内部排水管网、专用检测井、污水排放口位置和口径图纸"))
                        .material(Material.of("grease-trap", "隔油池等预处理设施说明").optional().note("餐饮排水户提交"))
                        .material(Material.of("water-test", "排水水质检测报告").optional().note("工业、医疗排水户提交"))
                        .field(FormField.of("category", "排水户类别", FieldType.CHOICE).options(DrainagePermit.CATEGORIES))
                        .field(FormField.of("dailyVolume", "日均排水量（立方米）", FieldType.DECIMAL))
                        .field(FormField.of("worksEnd", "施工期限截止日期", FieldType.DATE).optional())
                        .build(),
                Item.of(DRAINAGE_RENEWAL, "城镇污水排入排水管网许可延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(DRAINAGE_RULES + "；《城镇污水排入排水管网许可管理办法》")
                        .description("排水许可证有效期满需要继续排放污水的，应当在有效期届满30日前提出申请。")
                        .keywords("排水证延续")
                        .material(Material.of("licence", "排水许可证").reusable(DRAINAGE_LICENCE))
                        .material(Material.of("water-test", "近期排水水质检测报告"))
                        .field(FormField.of("expiryDate", "原许可证有效期至", FieldType.DATE))
                        .field(FormField.of("years", "申请延续年限", FieldType.INTEGER))
                        .build(),
                Item.of(FACILITY_ALTERATION, "拆除、改动城镇排水与污水处理设施审核").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(DRAINAGE_RULES + "第四十三条")
                        .keywords("排水管改迁", "管网迁改")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("alteration-plan", "拆除、改动方案及设施保护方案"))
                        .material(Material.of("operator-opinion", "设施维护运营单位意见"))
                        .build(),
                Item.of(RIVER_CONSTRUCTION, "河道管理范围内建设项目工程建设方案审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国水法》第三十八条；《中华人民共和国防洪法》第二十七条；《中华人民共和国河道管理条例》第十一条")
                        .keywords("涉河审批", "跨河桥梁", "洪水影响评价")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("flood-assessment", "防洪评价报告"))
                        .material(Material.of("design", "工程建设方案及设计图纸"))
                        .field(FormField.of("river", "所在河道", FieldType.TEXT).maxLength(40))
                        .build(),
                Item.of(QUALITY_SUPERVISION, "水务建设工程质量监督手续办理").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《建设工程质量管理条例》第十三条；《水利工程质量管理规定》")
                        .keywords("质监手续", "水利工程质量监督")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("contracts", "施工、监理合同及参建单位资质"))
                        .build(),
                Item.of(DRAINAGE_COMPLETION, "城镇排水与污水处理设施竣工验收备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(DRAINAGE_RULES + "第十七条")
                        .keywords("排水设施验收备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("acceptance-report", "竣工验收报告及相关资料"))
                        .build());
    }
}
