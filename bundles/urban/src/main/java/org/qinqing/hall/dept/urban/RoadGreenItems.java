package org.qinqing.hall.dept.urban;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.WECHAT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Roads and greenery: excavation and occupation of roads, green space, trees, park events. */
final class RoadGreenItems {

    private RoadGreenItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(UrbanItems.ROAD_EXCAVATION, "城市道路挖掘").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(UrbanItems.ROAD_REGULATION + "第三十条、第三十三条、第三十五条")
                        .description("因工程建设需要挖掘城市道路的，持规划批准文件和设计文件申请。新建、扩建、改建的城市道路交付使用后5年内、大修的城市道路竣工后3年内不得挖掘；"
                                + "因特殊情况需要挖掘的，须经市人民政府批准。")
                        .keywords("挖路", "道路开挖", "掘路")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("planning-approval", "城市规划部门批准签发的文件"))
                        .material(Material.of("design", "施工设计文件及交通疏解方案").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("government-approval", "市人民政府批准文件").optional().note("在保护期内挖掘的提交"))
                        .field(FormField.of("road", "道路名称及路段", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("roadWork", "道路最近一次建设类型", FieldType.CHOICE).options(RoadExcavation.NEW, RoadExcavation.OVERHAUL))
                        .field(FormField.of("roadCompletionDate", "道路交付使用（大修竣工）日期", FieldType.DATE))
                        .field(FormField.of("length", "挖掘长度（米）", FieldType.DECIMAL))
                        .field(FormField.of("startDate", "开工日期", FieldType.DATE))
                        .field(FormField.of("endDate", "完工日期", FieldType.DATE))
                        .build(),
                Item.of(UrbanItems.ROAD_OCCUPATION, "临时占用城市道路").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(UrbanItems.ROAD_REGULATION + "第三十一条")
                        .description("因特殊情况需要临时占用城市道路的，经批准并按照规定占用；影响交通安全的，还应当征得公安交通管理部门同意。")
                        .keywords("占道", "临时占道", "占用人行道")
                        .material(Material.of("site-plan", "占道位置平面图").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("road", "道路名称及路段", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("purpose", "占用用途", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("area", "占用面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("startDate", "开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "结束日期", FieldType.DATE))
                        .build(),
                Item.of(UrbanItems.GREEN_SPACE_OCCUPATION, "临时占用城市绿地").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(UrbanItems.GREENING_REGULATION + "第十九条；《深圳经济特区绿化条例》")
                        .description("因建设或者其他特殊需要临时占用城市绿地，期限一般不超过一年，期满恢复原状；涉及树木的，同时办理砍伐、迁移审批。")
                        .keywords("占用绿地", "临时占绿")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("site-plan", "占用绿地位置图及现状照片").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("restoration-plan", "绿地恢复方案"))
                        .material(Material.of("tree-approval", "砍伐、迁移城市树木批准文件").optional().note("涉及树木的提交"))
                        .field(FormField.of("location", "绿地位置", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("area", "占用面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("treesAffected", "涉及树木株数", FieldType.INTEGER))
                        .field(FormField.of("startDate", "开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "结束日期", FieldType.DATE))
                        .build(),
                Item.of(UrbanItems.TREE_FELLING, "砍伐、迁移城市树木").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(UrbanItems.GREENING_REGULATION + "第二十条、第二十四条；《深圳经济特区绿化条例》")
                        .description("砍伐城市树木须经批准，并按照国家有关规定补植树木或者采取其他补救措施。严禁砍伐或者迁移古树名木。")
                        .keywords("砍树", "移树", "树木迁移")
                        .material(Material.of("photos", "树木现状照片").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("replanting-plan", "补植或补救方案"))
                        .field(FormField.of("action", "申请事项", FieldType.CHOICE).options("砍伐", "迁移"))
                        .field(FormField.of("reason", "申请理由", FieldType.CHOICE).options(TreeFelling.REASONS))
                        .field(FormField.of("trees", "树木株数", FieldType.INTEGER))
                        .field(FormField.of("ancientTree", "是否属于古树名木或古树后续资源", FieldType.BOOLEAN))
                        .field(FormField.of("location", "树木位置", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(UrbanItems.PARK_EVENT, "在公园内举办展览、文艺等活动").type(ItemType.OTHER_POWER).party(PartyType.BOTH)
                        .limits(10, 6).flags(ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《深圳经济特区公园条例》")
                        .keywords("公园活动", "公园展览", "公园演出")
                        .material(Material.of("event-plan", "活动方案及安全保障方案"))
                        .field(FormField.of("park", "公园名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("eventDate", "活动日期", FieldType.DATE))
                        .field(FormField.of("participants", "预计参加人数", FieldType.INTEGER))
                        .build());
    }
}
