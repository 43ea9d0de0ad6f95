package org.qinqing.hall.dept.planning;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Planning permits, temporary land and buildings, verification, forest land, naming and surveying results. */
final class LandItems {

    private LandItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(PlanningItems.LAND_USE_PERMIT, "建设用地规划许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(PlanningItems.PLANNING_LAW + "第三十七条、第三十八条")
                        .description("以出让方式取得国有土地使用权的，签订出让合同后凭合同申领；出让合同须载明规划条件，申报的计容建筑面积不得超过规划条件确定的容积率。")
                        .keywords("用地规划许可", "用地许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-contract", "国有建设用地使用权出让合同或划拨决定书"))
                        .material(Material.of("site-map", "宗地图").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("parcel", "宗地号", FieldType.TEXT).maxLength(30))
                        .field(FormField.of("landUse", "用地性质", FieldType.CHOICE).options("居住用地", "商业服务业用地", "工业用地", "公共管理与公共服务用地"))
                        .field(FormField.of("siteArea", "用地面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("floorArea", "计容建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("farCap", "规划条件容积率上限", FieldType.DECIMAL))
                        .field(FormField.of("conditionsInContract", "出让合同是否载明规划条件", FieldType.BOOLEAN))
                        .build(),
                Item.of(PlanningItems.WORKS_PERMIT, "建设工程规划许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(PlanningItems.PLANNING_LAW + "第四十条")
                        .description("建设工程设计方案符合控制性详细规划和规划条件：容积率、建筑高度不超过上限，绿地率不低于下限。")
                        .keywords("工程规划许可", "规划许可证", "报建")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-use-permit", "建设用地规划许可证").reusable(PlanningItems.LAND_USE_PERMIT_KIND))
                        .material(Material.of("design", "建设工程设计方案总平面图及建筑单体图").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("project", "工程名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("siteArea", "用地面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("floorArea", "计容建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("farCap", "规划条件容积率上限", FieldType.DECIMAL))
                        .field(FormField.of("height", "建筑高度（米）", FieldType.DECIMAL))
                        .field(FormField.of("heightCap", "规划条件建筑限高（米）", FieldType.DECIMAL))
                        .field(FormField.of("greenRatio", "绿地率（%）", FieldType.DECIMAL))
                        .field(FormField.of("greenRatioMin", "规划条件绿地率下限（%）", FieldType.DECIMAL))
                        .build(),
                Item.of(PlanningItems.TEMPORARY_LAND_USE, "临时用地审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国土地管理法》第五十七条；《中华人民共和国土地管理法实施条例》第二十条")
                        .description("临时用地期限一般不超过二年；建设周期较长的能源、交通、水利等基础设施建设使用的临时用地，期限不超过四年。不得修建永久性建筑物，期满恢复原状。")
                        .keywords("临时用地", "施工用地")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-contract", "临时使用土地合同"))
                        .material(Material.of("restoration-plan", "土地复垦（恢复）方案"))
                        .field(FormField.of("purpose", "用途", FieldType.CHOICE).options(TemporaryLandUse.PURPOSES))
                        .field(FormField.of("area", "用地面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("startDate", "开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "结束日期", FieldType.DATE))
                        .field(FormField.of("permanentBuildings", "是否拟修建永久性建筑物", FieldType.BOOLEAN))
                        .build(),
                Item.of(PlanningItems.TEMPORARY_CONSTRUCTION, "临时建设工程规划许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(PlanningItems.PLANNING_LAW + "第四十四条")
                        .description("临时建设影响近期建设规划或者控制性详细规划的实施以及交通、市容、安全等的，不得批准。临时建设应当在批准的使用期限内自行拆除。")
                        .keywords("临时建筑", "临建")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("temporary-land", "临时用地批准文件或土地使用证明"))
                        .material(Material.of("design", "临时建筑设计图").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("floorArea", "建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("startDate", "使用开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "使用结束日期", FieldType.DATE))
                        .field(FormField.of("landUntil", "土地使用期限截止日期", FieldType.DATE))
                        .field(FormField.of("affectsPlanning", "是否影响规划实施或交通、市容、安全", FieldType.BOOLEAN))
                        .build(),
                Item.of(PlanningItems.PLANNING_VERIFICATION, "建设工程规划条件核实（规划验收）").type(ItemType.CONFIRMATION)
                        .party(PartyType.ENTERPRISE).limits(20, 12).flags(ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(PlanningItems.PLANNING_LAW + "第四十五条")
                        .description("对建设工程是否符合规划条件予以核实；未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。")
                        .keywords("规划验收", "规划核实")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("works-permit", "建设工程规划许可证").reusable(PlanningItems.WORKS_PERMIT_KIND))
                        .material(Material.of("survey-report", "竣工测量报告").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("permittedArea", "许可建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("builtArea", "实测建筑面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("permittedHeight", "许可建筑高度（米）", FieldType.DECIMAL))
                        .field(FormField.of("builtHeight", "实测建筑高度（米）", FieldType.DECIMAL))
                        .build(),
                Item.of(PlanningItems.FOREST_LAND, "使用林地审核").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国森林法》第三十七条、第三十八条")
                        .description("建设项目占用林地的，经审核同意并缴纳森林植被恢复费；临时使用林地的期限一般不超过二年，不得修建永久性建筑物。")
                        .keywords("占用林地", "临时使用林地")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("forest-survey", "使用林地现状调查表"))
                        .field(FormField.of("useType", "使用类型", FieldType.CHOICE).options(ForestLand.PERMANENT, ForestLand.TEMPORARY))
                        .field(FormField.of("area", "使用林地面积（公顷）", FieldType.DECIMAL))
                        .field(FormField.of("startDate", "开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "结束日期", FieldType.DATE).optional())
                        .field(FormField.of("vegetationFeePaid", "是否已缴纳森林植被恢复费", FieldType.BOOLEAN))
                        .field(FormField.of("permanentBuildings", "是否拟修建永久性建筑物", FieldType.BOOLEAN))
                        .build(),
                Item.of(PlanningItems.BUILDING_NAMING, "建筑物名称命名").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《地名管理条例》（国务院令第753号）")
                        .description("住宅区、大型建筑物名称使用国家通用语言文字，不得使用外国人名、外国地名命名。")
                        .keywords("楼盘命名", "大厦命名", "地名")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("naming-reason", "命名理由说明"))
                        .field(FormField.of("proposedName", "拟用名称", FieldType.TEXT).maxLength(30))
                        .field(FormField.of("location", "建筑物位置", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(PlanningItems.SURVEY_RESULTS, "基础测绘成果提供使用").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(10, 6).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国测绘法》；《测绘成果管理条例》")
                        .keywords("地形图", "测绘成果", "控制点")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("confidentiality", "涉密测绘成果保密管理制度及保管条件证明"))
                        .field(FormField.of("scope", "所需成果及范围", FieldType.TEXT).maxLength(300))
                        .field(FormField.of("purpose", "使用目的", FieldType.TEXT).maxLength(200))
                        .build());
    }
}
