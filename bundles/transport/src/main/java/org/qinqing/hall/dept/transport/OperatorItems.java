package org.qinqing.hall.dept.transport;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
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

/** Transport operators: freight and passenger licences, vehicle certificates, filings. */
final class OperatorItems {

    private OperatorItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TransportItems.FREIGHT_LICENCE, "道路货物运输经营许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 5).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(TransportItems.ROAD_REGULATION + "第二十一条至第二十四条；《道路货物运输及站场管理规定》")
                        .description("自受理之日起20日内作出决定。使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请。车辆须经检测合格，驾驶人员须取得从业资格。")
                        .keywords("货运许可", "道路运输经营许可证", "物流公司")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("vehicle-proof", "车辆行驶证及综合性能检测报告"))
                        .material(Material.of("driver-certificates", "驾驶人员从业资格证"))
                        .material(Material.of("safety-rules", "安全生产管理制度文本"))
                        .field(FormField.of("vehicles", "拟投入车辆数", FieldType.INTEGER))
                        .field(FormField.of("inspectedVehicles", "经检测合格车辆数", FieldType.INTEGER))
                        .field(FormField.of("maxGrossWeight", "最大车辆总质量（千克）", FieldType.INTEGER))
                        .field(FormField.of("qualifiedDrivers", "取得从业资格的驾驶人员人数", FieldType.INTEGER))
                        .build(),
                Item.of(TransportItems.PASSENGER_LICENCE, "道路旅客运输经营许可（市内）").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(TransportItems.ROAD_REGULATION + "第八条至第十一条；《道路旅客运输及客运站管理规定》")
                        .description("客运驾驶人员须年龄不超过60周岁、3年内无重大以上交通责任事故记录并取得从业资格；车辆经检测合格。")
                        .keywords("客运许可", "包车客运", "班车")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("vehicle-proof", "车辆行驶证及综合性能检测报告"))
                        .material(Material.of("driver-certificates", "驾驶人员驾驶证、从业资格证及3年内无重大以上交通责任事故记录证明"))
                        .material(Material.of("safety-rules", "安全生产管理制度文本"))
                        .field(FormField.of("vehicles", "拟投入车辆数", FieldType.INTEGER))
                        .field(FormField.of("inspectedVehicles", "经检测合格车辆数", FieldType.INTEGER))
                        .field(FormField.of("drivers", "驾驶人员人数", FieldType.INTEGER))
                        .field(FormField.of("driversOver60", "其中年龄超过60周岁的人数", FieldType.INTEGER))
                        .field(FormField.of("driversWithAccidents", "其中3年内有重大以上交通责任事故记录的人数", FieldType.INTEGER))
                        .build(),
                Item.of(TransportItems.VEHICLE_CERTIFICATE, "道路运输证配发").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(TransportItems.ROAD_REGULATION + "；《道路货物运输及站场管理规定》")
                        .description("取得经营许可的运输企业为新增营运车辆申领道路运输证（电子证照）。")
                        .keywords("营运证", "道路运输证")
                        .material(Material.of("vehicle-licence", "机动车行驶证"))
                        .material(Material.of("operating-licence", "道路运输经营许可证").reusable("road-transport-licence"))
                        .field(FormField.of("plate", "车牌号码", FieldType.TEXT).maxLength(10))
                        .build(),
                Item.of(TransportItems.MAINTENANCE_FILING, "机动车维修经营备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(TransportItems.ROAD_REGULATION + "；《机动车维修管理规定》")
                        .description("办理市场主体登记后向所在地交通运输主管部门备案。从事一类、二类维修业务的，配备技术负责人员和质量检验人员。")
                        .keywords("汽修厂备案", "维修备案", "修车")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("premises", "维修经营场所使用证明").reusable("premises-proof"))
                        .field(FormField.of("category", "维修经营类别", FieldType.CHOICE).options(MaintenanceFiling.CATEGORIES))
                        .field(FormField.of("technicalLeads", "技术负责人员人数", FieldType.INTEGER))
                        .field(FormField.of("qualityInspectors", "质量检验人员人数", FieldType.INTEGER))
                        .build(),
                Item.of(TransportItems.DRIVING_SCHOOL_FILING, "机动车驾驶员培训备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(TransportItems.ROAD_REGULATION + "；《机动车驾驶员培训管理规定》")
                        .keywords("驾校备案", "驾培")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("training-ground", "教练场地使用证明"))
                        .material(Material.of("instructors", "教练员名册及资格证明"))
                        .field(FormField.of("trainingVehicles", "教学车辆数", FieldType.INTEGER))
                        .build(),
                Item.of(TransportItems.PARKING_FILING, "经营性停车场备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《深圳经济特区道路交通安全管理条例》")
                        .keywords("停车场备案", "收费停车场")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("site-proof", "停车场场地使用证明"))
                        .material(Material.of("layout", "停车场平面布置图"))
                        .field(FormField.of("spaces", "停车泊位数", FieldType.INTEGER))
                        .build(),
                Item.of(TransportItems.CERTIFICATE_REISSUE, "道路运输证件补发、换发").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(TransportItems.ROAD_REGULATION)
                        .keywords("补办营运证", "证件遗失")
                        .material(Material.of("loss-statement", "遗失声明或损毁证件"))
                        .field(FormField.of("certificate", "证件名称", FieldType.CHOICE).options("道路运输经营许可证", "道路运输证", "网络预约出租汽车运输证"))
                        .build());
    }
}
