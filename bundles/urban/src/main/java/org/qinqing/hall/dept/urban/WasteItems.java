package org.qinqing.hall.dept.urban;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
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
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Waste: construction waste, kitchen waste, collection licences, bulky household waste. */
final class WasteItems {
    static final String CONSTRUCTION_WASTE_RULES = "《城市建筑垃圾管理规定》（建设部令第139号）";

    private WasteItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(UrbanItems.CONSTRUCTION_WASTE_DISPOSAL, "建筑垃圾处置核准").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国固体废物污染环境防治法》第六十三条；" + CONSTRUCTION_WASTE_RULES)
                        .description("处置建筑垃圾的单位提出申请，主管部门在接到申请后20日内作出是否核准的决定。不得将建筑垃圾交给个人或者未经核准的单位运输。")
                        .keywords("建筑垃圾", "余泥渣土", "装修垃圾", "排放证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("disposal-plan", "建筑垃圾处理方案"))
                        .material(Material.of("transport-contract", "与核准运输单位签订的运输合同"))
                        .material(Material.of("site-acceptance", "消纳场所受纳证明"))
                        .field(FormField.of("project", "工程名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("quantity", "建筑垃圾排放量（立方米）", FieldType.DECIMAL))
                        .field(FormField.of("transporterCode", "运输单位统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("transporterApproved", "运输单位是否取得建筑垃圾运输核准", FieldType.BOOLEAN))
                        .field(FormField.of("disposalSite", "消纳场所", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("startDate", "排放开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "排放结束日期", FieldType.DATE))
                        .build(),
                Item.of(UrbanItems.CONSTRUCTION_WASTE_TRANSPORT, "建筑垃圾运输核准").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国固体废物污染环境防治法》；" + CONSTRUCTION_WASTE_RULES)
                        .description("从事建筑垃圾运输的单位，运输车辆全部采用密闭化运输并安装卫星定位装置。")
                        .keywords("泥头车", "渣土运输")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("vehicle-licences", "运输车辆行驶证、道路运输证"))
                        .field(FormField.of("vehicles", "运输车辆数", FieldType.INTEGER))
                        .field(FormField.of("sealedVehicles", "密闭化车辆数", FieldType.INTEGER))
                        .field(FormField.of("gpsVehicles", "安装卫星定位装置车辆数", FieldType.INTEGER))
                        .build(),
                Item.of(UrbanItems.KITCHEN_WASTE_REGISTRATION, "餐厨垃圾产生登记及收运").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国固体废物污染环境防治法》；" + UrbanItems.SHENZHEN_WASTE)
                        .description("餐饮服务单位、单位食堂等产生餐厨垃圾的，申报产生量，将餐厨垃圾交由取得收运资质的单位收运处理；餐饮服务单位设置油水分离（隔油）设施。")
                        .keywords("餐厨垃圾", "厨余垃圾", "泔水", "地沟油")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("collection-contract", "与餐厨垃圾收运单位签订的收运协议"))
                        .field(FormField.of("category", "产生单位类别", FieldType.CHOICE).options(KitchenWaste.CATEGORIES))
                        .field(FormField.of("address", "产生地址", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("dailyQuantity", "日均产生量（千克）", FieldType.DECIMAL))
                        .field(FormField.of("greaseTrap", "是否设置油水分离（隔油）设施", FieldType.BOOLEAN))
                        .build(),
                Item.of(UrbanItems.WASTE_COLLECTION_LICENCE, "从事城市生活垃圾经营性收集、运输服务审批").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《城市生活垃圾管理办法》")
                        .keywords("垃圾清运许可", "垃圾收运资质")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("vehicles", "垃圾收集运输车辆证明"))
                        .material(Material.of("management-rules", "质量标准、作业规程和安全管理制度"))
                        .field(FormField.of("vehicles", "收运车辆数", FieldType.INTEGER))
                        .build(),
                Item.of(UrbanItems.BULKY_WASTE, "大件垃圾预约收运").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(UrbanItems.SHENZHEN_WASTE)
                        .keywords("旧家具", "大件垃圾", "废旧床垫")
                        .field(FormField.of("address", "收运地址", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("items", "物品及数量", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("pickupDate", "预约日期", FieldType.DATE))
                        .build());
    }
}
