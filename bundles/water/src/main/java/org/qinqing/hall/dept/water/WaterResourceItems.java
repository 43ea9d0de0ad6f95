package org.qinqing.hall.dept.water;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Water resources and soil conservation items of 南山区水务局 (all for enterprises, fully online). */
final class WaterResourceItems {
    static final String ABSTRACTION = "water-abstraction-permit";
    static final String ABSTRACTION_RENEWAL = "water-abstraction-renewal";
    static final String ABSTRACTION_CHANGE = "water-abstraction-change";
    static final String SOIL_CONSERVATION = "water-soil-conservation-plan";
    static final String SOIL_ACCEPTANCE_FILING = "water-soil-conservation-acceptance-filing";
    static final String PLANNED_USE = "water-planned-use";

    /** Vault kind of the 取水许可证. */
    static final String ABSTRACTION_LICENCE = "water-abstraction-licence";

    private static final String ABSTRACTION_RULES = "《中华人民共和国水法》第七条、第四十八条；《取水许可和水资源费征收管理条例》";
    private static final String SOIL_LAW = "《中华人民共和国水土保持法》";

    private WaterResourceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(ABSTRACTION, "取水许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(45, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, VIP).maxVisits(1)
                        .legalBasis(ABSTRACTION_RULES + "第四条、第二十五条")
                        .description("直接从江河、湖泊或者地下取用水资源的单位申领取水许可证；有效期一般为5年，最长不超过10年。")
                        .keywords("取水证", "取水许可证", "抽水")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("application", "取水申请书（取水地点、方式、水量、用途、退水）"))
                        .material(Material.of("water-assessment", "建设项目水资源论证报告书（表）").optional().note("建设项目需要取水的提交"))
                        .material(Material.of("third-party", "与第三者利害关系的相关说明"))
                        .field(FormField.of("source", "水源类型", FieldType.CHOICE).options("地表水", "地下水"))
                        .field(FormField.of("purpose", "取水用途", FieldType.CHOICE).options(AbstractionPermit.PURPOSES))
                        .field(FormField.of("annualVolume", "年取水量（万立方米）", FieldType.DECIMAL))
                        .field(FormField.of("constructionProject", "属于建设项目取水", FieldType.BOOLEAN))
                        .field(FormField.of("years", "申请有效期（年）", FieldType.INTEGER))
                        .build(),
                renewal(Item.of(ABSTRACTION_RENEWAL, "取水许可延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(ABSTRACTION_RULES + "第二十六条")
                        .description("取水许可证有效期届满需要延续的，应当在有效期届满45日前向原审批机关提出申请。")
                        .keywords("取水证延续", "取水证到期")
                        .material(Material.of("licence", "取水许可证").reusable(ABSTRACTION_LICENCE))
                        .material(Material.of("water-use-report", "有效期内取水、用水情况报告"))),
                Item.of(ABSTRACTION_CHANGE, "取水许可变更").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(ABSTRACTION_RULES)
                        .keywords("取水证变更", "取水权转让")
                        .material(Material.of("licence", "取水许可证").reusable(ABSTRACTION_LICENCE))
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("取水权人名称", "取水地点", "取水量", "取水用途"))
                        .build(),
                Item.of(SOIL_CONSERVATION, "生产建设项目水土保持方案审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(SOIL_LAW + "第二十五条、第二十六条；《广东省水土保持条例》")
                        .description("征占地5公顷以上或挖填土石方5万立方米以上的编报水土保持方案报告书；0.5公顷以上或1000立方米以上的编报报告表。")
                        .keywords("水保方案", "水土保持")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("plan", "水土保持方案报告书（表）"))
                        .material(Material.of("project-approval", "项目立项（审批、核准、备案）文件"))
                        .field(FormField.of("landArea", "征占地面积（公顷）", FieldType.DECIMAL))
                        .field(FormField.of("earthwork", "挖填土石方总量（立方米）", FieldType.DECIMAL))
                        .field(FormField.of("planType", "报送方案类型", FieldType.CHOICE).options(SoilConservation.REPORT, SoilConservation.FORM))
                        .build(),
                Item.of(SOIL_ACCEPTANCE_FILING, "生产建设项目水土保持设施自主验收报备").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(SOIL_LAW + "第二十七条")
                        .keywords("水保验收", "水土保持验收")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("acceptance-report", "水土保持设施验收鉴定书及验收报告"))
                        .build(),
                Item.of(PLANNED_USE, "非居民用水户计划用水核定").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(10, 7).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国水法》第四十七条；《深圳经济特区节约用水条例》")
                        .keywords("用水计划", "节约用水", "超计划用水")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("water-use", "上一年度用水情况及本年度用水计划申请"))
                        .field(FormField.of("plannedVolume", "申请年度用水计划（立方米）", FieldType.DECIMAL))
                        .build());
    }

    /** Adds the form of a permit renewal. */
    private static Item renewal(Item.Builder item) {
        return item.field(FormField.of("expiryDate", "原许可证有效期至", FieldType.DATE))
                .field(FormField.of("years", "申请延续年限", FieldType.INTEGER))
                .build();
    }
}
