package org.qinqing.hall.dept.transport;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
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
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Taxis, ride-hailing and drivers' qualifications, and complaints. */
final class TaxiItems {

    private TaxiItems() {
    }

    private static Item.Builder driver(String code, String name, int legal, int promised, String basis) {
        return Item.of(code, name).type(ItemType.LICENSING).party(PartyType.PERSON).limits(legal, promised)
                .legalBasis(basis)
                .material(CommonMaterials.idCard())
                .material(Material.of("driving-licence", "机动车驾驶证").reusable("driving-licence"))
                .material(Material.of("no-criminal-record", "无犯罪记录证明").reusable("no-criminal-record").note("公安机关出具后自动调用"))
                .material(Material.of("residence-permit", "深圳市居住证").optional().reusable("residence-permit").note("非深圳户籍的提交"))
                .field(FormField.of("licenceIssued", "机动车驾驶证初次领证日期", FieldType.DATE))
                .field(FormField.of("shenzhenHousehold", "是否深圳户籍", FieldType.BOOLEAN))
                .field(FormField.of("twelvePoints", "最近连续3个记分周期内是否有记满12分记录", FieldType.BOOLEAN))
                .field(FormField.of("trafficCrime", "是否有交通肇事、危险驾驶犯罪记录", FieldType.BOOLEAN))
                .field(FormField.of("drugOrDrunk", "是否有吸毒记录或饮酒后驾驶记录", FieldType.BOOLEAN))
                .field(FormField.of("violentCrime", "是否有暴力犯罪记录", FieldType.BOOLEAN));
    }

    static List<Item> all() {
        return List.of(
                driver(TransportItems.RIDE_HAILING_DRIVER, "网络预约出租汽车驾驶员证核发", 20, 10,
                        TransportItems.RIDE_HAILING_RULES + "第十四条；《出租汽车驾驶员从业资格管理规定》")
                        .flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .description("取得相应准驾车型驾驶证并具有3年以上驾驶经历；无交通肇事、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，"
                                + "最近连续3个记分周期内没有记满12分记录；无暴力犯罪记录；本市户籍或持有本市居住证。")
                        .keywords("网约车驾驶证", "网约车司机", "滴滴司机证")
                        .build(),
                driver(TransportItems.TAXI_DRIVER, "巡游出租汽车驾驶员从业资格证核发", 20, 12, "《出租汽车驾驶员从业资格管理规定》第九条")
                        .flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .description("取得相应准驾车型驾驶证并具有3年以上驾驶经历，无交通肇事、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，"
                                + "最近连续3个记分周期内没有记满12分记录，无暴力犯罪记录，经考试合格。")
                        .keywords("出租车司机证", "的士从业资格")
                        .build(),
                Item.of(TransportItems.RIDE_HAILING_VEHICLE, "网络预约出租汽车运输证核发").type(ItemType.LICENSING).party(PartyType.BOTH)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(TransportItems.RIDE_HAILING_RULES + "第十二条、第十三条；《机动车强制报废标准规定》")
                        .description("7座及以下乘用车，安装具有行驶记录功能的车辆卫星定位装置和应急报警装置；本市新增网约车为纯电动汽车。"
                                + "行驶里程达到60万千米或使用年限达到8年的，退出网约车经营。")
                        .keywords("网约车运输证", "车辆营运证", "私家车转网约车")
                        .material(Material.of("vehicle-licence", "机动车行驶证"))
                        .material(Material.of("device-certificate", "卫星定位装置、应急报警装置安装证明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("platform-agreement", "与网约车平台公司签订的协议"))
                        .field(FormField.of("plate", "车牌号码", FieldType.TEXT).maxLength(10))
                        .field(FormField.of("seats", "核定载客人数（含驾驶员）", FieldType.INTEGER))
                        .field(FormField.of("fuel", "燃料类型", FieldType.CHOICE).options(RideHailingVehicle.ELECTRIC, "插电式混合动力", "燃油"))
                        .field(FormField.of("registrationDate", "车辆初次注册登记日期", FieldType.DATE))
                        .field(FormField.of("mileage", "行驶里程（千米）", FieldType.INTEGER))
                        .field(FormField.of("gpsInstalled", "是否安装具有行驶记录功能的卫星定位装置", FieldType.BOOLEAN))
                        .field(FormField.of("alarmInstalled", "是否安装应急报警装置", FieldType.BOOLEAN))
                        .build(),
                Item.of(TransportItems.FREIGHT_DRIVER, "道路货物运输驾驶员从业资格证核发").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(TransportItems.ROAD_REGULATION + "第二十二条；《道路运输从业人员管理规定》")
                        .description("取得相应的机动车驾驶证，年龄不超过60周岁，经考试合格。从业资格证件有效期6年。")
                        .keywords("货运资格证", "货车从业资格")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("driving-licence", "机动车驾驶证").reusable("driving-licence"))
                        .material(Material.of("exam-result", "从业资格考试合格证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("licenceClass", "准驾车型", FieldType.CHOICE).options("A1", "A2", "B1", "B2", "C1", "C2"))
                        .build(),
                Item.of(TransportItems.COMPLAINT, "交通运输服务投诉").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(20, 12).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《巡游出租汽车经营服务管理规定》；" + TransportItems.RIDE_HAILING_RULES)
                        .keywords("出租车投诉", "网约车投诉", "拒载")
                        .material(Material.of("evidence", "乘车凭证、录音录像等证据").optional().form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("plate", "车牌号码", FieldType.TEXT).maxLength(10))
                        .field(FormField.of("matter", "投诉事项", FieldType.CHOICE).options("拒载", "绕路", "乱收费", "服务态度", "车辆卫生", "其他"))
                        .field(FormField.of("rideDate", "乘车日期", FieldType.DATE))
                        .build());
    }
}
