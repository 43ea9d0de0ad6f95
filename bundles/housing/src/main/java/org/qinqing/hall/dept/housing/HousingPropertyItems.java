package org.qinqing.hall.dept.housing;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.WECHAT;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Property sales and property management items of 南山区住房和建设局. */
final class HousingPropertyItems {
    static final String PRESALE_PERMIT = "housing-presale-permit";
    static final String MAINTENANCE_FUND = "housing-maintenance-fund-use";
    static final String ELEVATOR_RETROFIT = "housing-elevator-retrofit";
    static final String PROPERTY_CONTRACT_FILING = "housing-early-property-contract-filing";
    static final String SPOT_SALE_FILING = "housing-spot-sale-filing";
    static final String RESALE_CONTRACT_FILING = "housing-resale-contract-filing";

    private static final String CIVIL_CODE_VOTE = "《中华人民共和国民法典》第二百七十八条";

    private HousingPropertyItems() {
    }

    private static Item.Builder withVote(Item.Builder item) {
        for (FormField f : OwnerVote.FIELDS) {
            item.field(f);
        }
        return item;
    }

    static List<Item> all() {
        return List.of(
                Item.of(PRESALE_PERMIT, "商品房预售许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 5).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, VIP).maxVisits(1)
                        .legalBasis("《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》；《深圳经济特区房地产转让条例》")
                        .keywords("预售证", "楼盘预售", "卖楼花")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-title", "土地使用权证书（已缴清土地使用权出让金）"))
                        .material(Material.of("planning-permit", "建设工程规划许可证").reusable("construction-planning-permit"))
                        .material(Material.of("construction-permit", "建筑工程施工许可证").reusable(HousingBuildItems.PERMIT_KIND))
                        .material(Material.of("investment-proof", "工程建设投资额及进度证明"))
                        .material(Material.of("presale-plan", "商品房预售方案"))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("totalInvestment", "工程建设总投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("investedAmount", "已投入开发建设资金（万元）", FieldType.DECIMAL))
                        .field(FormField.of("landPremiumPaid", "已交付全部土地使用权出让金", FieldType.BOOLEAN))
                        .field(FormField.of("deliveryDate", "确定的竣工交付日期", FieldType.DATE))
                        .build(),
                withVote(Item.of(MAINTENANCE_FUND, "住宅专项维修资金使用审核").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(CIVIL_CODE_VOTE + "、第二百八十一条；《住宅专项维修资金管理办法》")
                        .description("业主委员会或物业服务企业申请使用维修资金，须经业主依法表决同意。")
                        .keywords("维修基金", "大修资金")
                        .material(Material.of("applicant-proof", "业主委员会备案证明或物业服务企业营业执照"))
                        .material(Material.of("plan", "维修资金使用方案及预算"))
                        .material(Material.of("vote-record", "业主表决结果及公示材料")))
                        .field(FormField.of("amount", "申请使用金额（元）", FieldType.DECIMAL))
                        .build(),
                withVote(Item.of(ELEVATOR_RETROFIT, "既有住宅加装电梯备案").type(ItemType.FILING).party(PartyType.BOTH)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(CIVIL_CODE_VOTE + "；深圳市既有住宅加装电梯政策")
                        .description("加装电梯属于改建建筑物及其附属设施，须经参与表决专有部分面积和人数四分之三以上的业主同意。")
                        .keywords("加装电梯", "旧楼电梯")
                        .material(CommonMaterials.idCard().note("业主代表身份证"))
                        .material(Material.of("vote-record", "本单元业主表决意见及公示材料"))
                        .material(Material.of("design", "加装电梯设计方案")))
                        .build(),
                Item.of(PROPERTY_CONTRACT_FILING, "前期物业服务合同备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(10, 7).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《物业管理条例》第二十一条；《深圳经济特区物业管理条例》")
                        .keywords("物业合同备案", "前期物业")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("contract", "前期物业服务合同"))
                        .material(Material.of("temporary-rules", "临时管理规约"))
                        .build(),
                Item.of(SPOT_SALE_FILING, "商品房现售备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《商品房销售管理办法》第七条、第八条")
                        .keywords("现房销售", "现售")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("project-manual", "房地产开发项目手册"))
                        .material(Material.of("completion-filing", "工程竣工验收备案证明书").reusable("completion-filing"))
                        .build(),
                Item.of(RESALE_CONTRACT_FILING, "存量房买卖合同网签备案").type(ItemType.FILING).party(PartyType.BOTH)
                        .limits(3, 2).flags(ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国城市房地产管理法》；《深圳经济特区房地产转让条例》")
                        .keywords("二手房网签", "二手房合同")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("title", "不动产权证书"))
                        .material(Material.of("contract", "存量房买卖合同"))
                        .build());
    }
}
