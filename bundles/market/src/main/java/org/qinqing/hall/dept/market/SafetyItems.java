package org.qinqing.hall.dept.market;

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

/** Special equipment, metrology and consumer complaints. */
final class SafetyItems {

    private SafetyItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(MarketItems.SPECIAL_EQUIPMENT_REGISTRATION, "特种设备使用登记").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(15, 8).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国特种设备安全法》第二十五条、第三十三条；《特种设备使用管理规则》（TSG 08-2017）")
                        .description("特种设备在投入使用前或者投入使用后30日内办理使用登记；安装须经监督检验的，提交监督检验证明。")
                        .keywords("电梯登记", "锅炉登记", "压力容器登记", "使用登记证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("product-certificate", "产品合格证（含产品数据表）"))
                        .material(Material.of("supervision-inspection", "安装监督检验证明").optional()
                                .note("电梯、锅炉、压力容器、起重机械、大型游乐设施提交"))
                        .field(FormField.of("equipmentType", "设备类别", FieldType.CHOICE).options(SpecialEquipmentRegistration.TYPES))
                        .field(FormField.of("equipmentCode", "设备代码", FieldType.TEXT).maxLength(40))
                        .field(FormField.of("location", "设备使用地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("commissioningDate", "投入使用日期", FieldType.DATE))
                        .build(),
                Item.of(MarketItems.EQUIPMENT_OPERATOR, "特种设备安全管理和作业人员资格认定").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国特种设备安全法》第十四条；《特种设备作业人员监督管理办法》；《特种设备安全管理和作业人员资格认定规则》（TSG Z6001-2019）")
                        .description("年龄18周岁以上且不超过法定退休年龄，经考试合格。证书有效期4年。")
                        .keywords("电梯证", "叉车证", "锅炉证", "特种设备作业证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("exam-result", "考试合格证明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("role", "人员类别", FieldType.CHOICE).options(EquipmentOperator.MANAGER, EquipmentOperator.OPERATOR))
                        .field(FormField.of("project", "作业项目", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(MarketItems.METROLOGY_VERIFICATION, "计量器具强制检定").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(10, 6).flags(ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国计量法》第九条；《中华人民共和国强制检定的工作计量器具检定管理办法》")
                        .description("用于贸易结算、安全防护、医疗卫生、环境监测的强制检定计量器具（如电子计价秤、加油机、血压计）向法定计量检定机构申请检定。")
                        .keywords("电子秤检定", "计量检定", "秤")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("instrument-list", "强制检定计量器具登记表"))
                        .field(FormField.of("instruments", "计量器具数量", FieldType.INTEGER))
                        .build(),
                Item.of(MarketItems.CONSUMER_COMPLAINT, "消费投诉").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(7, 4).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国消费者权益保护法》第三十九条；《市场监督管理投诉举报处理暂行办法》")
                        .description("市场监管部门自收到投诉之日起7个工作日内作出受理或者不予受理的决定，受理后组织调解。")
                        .keywords("12315", "投诉商家", "维权")
                        .material(Material.of("evidence", "购物凭证、合同等证据").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("respondent", "被投诉人名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("respondentAddress", "被投诉人地址", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("knownDate", "知道权益受到侵害的日期", FieldType.DATE))
                        .field(FormField.of("amount", "涉及金额（元）", FieldType.DECIMAL))
                        .field(FormField.of("demand", "投诉请求", FieldType.TEXT).maxLength(500))
                        .field(FormField.of("otherProceedings", "是否已起诉、申请仲裁或由其他机关处理", FieldType.BOOLEAN))
                        .build());
    }
}
