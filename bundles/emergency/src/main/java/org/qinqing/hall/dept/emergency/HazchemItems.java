package org.qinqing.hall.dept.emergency;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Hazardous chemicals: business licences, construction projects, major hazard sources. */
final class HazchemItems {
    static final String LICENCE_RULES = "《危险化学品经营许可证管理办法》";

    private HazchemItems() {
    }

    private static Material.Builder licence() {
        return Material.of("hazchem-licence", "危险化学品经营许可证").reusable(EmergencyItems.HAZCHEM_KIND);
    }

    static List<Item> all() {
        return List.of(
                Item.of(EmergencyItems.HAZCHEM_LICENCE, "危险化学品经营许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(30, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(EmergencyItems.HAZCHEM_REGULATION + "第三十三条至第三十五条；" + LICENCE_RULES)
                        .description("发证机关自收到证明材料之日起30日内作出决定。须有专职安全管理人员；带储存设施经营的，提交储存设施安全评价报告。许可证有效期3年。")
                        .keywords("危化品经营许可证", "危险品经营")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("premises", "经营场所产权证明或租赁证明").reusable("premises-proof"))
                        .material(Material.of("management-certificates", "主要负责人、安全生产管理人员考核合格证明"))
                        .material(Material.of("safety-rules", "安全生产规章制度和岗位操作规程目录"))
                        .material(Material.of("emergency-plan", "危险化学品事故应急预案").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("storage-evaluation", "储存设施安全评价报告").optional().note("带储存设施经营的提交"))
                        .field(FormField.of("mode", "经营方式", FieldType.CHOICE).options(HazchemLicence.WITHOUT_STORAGE, HazchemLicence.WITH_STORAGE))
                        .field(FormField.of("chemicals", "经营的危险化学品品种", FieldType.TEXT).maxLength(500))
                        .field(FormField.of("safetyManagers", "专职安全管理人员人数", FieldType.INTEGER))
                        .field(FormField.of("trainedStaff", "经专业技术培训考核合格的从业人员人数", FieldType.INTEGER))
                        .field(FormField.of("staff", "从业人员人数", FieldType.INTEGER))
                        .build(),
                Item.of(EmergencyItems.HAZCHEM_CHANGE, "危险化学品经营许可证变更").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 6).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(LICENCE_RULES)
                        .description("企业名称、主要负责人、注册地址、经营场所地址、隶属关系变更的，自变更之日起20个工作日内申请变更。")
                        .keywords("危化证变更")
                        .material(licence())
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options("企业名称", "主要负责人", "注册地址", "经营场所地址"))
                        .field(FormField.of("newValue", "变更后内容", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(EmergencyItems.HAZCHEM_RENEWAL, "危险化学品经营许可证延期").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(LICENCE_RULES + "；《中华人民共和国行政许可法》第五十条")
                        .description("许可证有效期满后需要继续经营的，应当在有效期满3个月前提出延期申请。")
                        .keywords("危化证延期", "危化证到期")
                        .material(licence())
                        .material(Material.of("self-inspection", "安全生产情况自查报告"))
                        .field(FormField.of("expiryDate", "原许可证有效期截止日期", FieldType.DATE))
                        .build(),
                Item.of(EmergencyItems.PROJECT_SAFETY_CONDITIONS, "危险化学品建设项目安全条件审查").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(45, 20).limitUnit(LimitUnit.NATURAL_DAYS)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(EmergencyItems.HAZCHEM_REGULATION + "第十二条；《危险化学品建设项目安全监督管理办法》")
                        .keywords("安全条件审查", "危化建设项目")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("safety-assessment", "建设项目安全评价报告"))
                        .material(Material.of("project-approval", "建设项目批准、核准或者备案文件"))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(EmergencyItems.PROJECT_SAFETY_DESIGN, "危险化学品建设项目安全设施设计审查").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第三十三条；《危险化学品建设项目安全监督管理办法》")
                        .keywords("安全设施设计", "设计审查")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("design", "建设项目安全设施设计专篇").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("conditions-opinion", "安全条件审查意见书"))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(EmergencyItems.MAJOR_HAZARD_FILING, "危险化学品重大危险源备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 0).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(EmergencyItems.SAFETY_LAW + "第四十条；《危险化学品重大危险源监督管理暂行规定》")
                        .description("完成重大危险源安全评估报告或者安全评价报告后15日内备案；安全评估每3年至少进行一次。")
                        .keywords("重大危险源", "危险源备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("assessment", "重大危险源安全评估报告或安全评价报告").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("identification", "重大危险源辨识、分级记录"))
                        .field(FormField.of("level", "重大危险源级别", FieldType.CHOICE).options("一级", "二级", "三级", "四级"))
                        .field(FormField.of("assessmentDate", "安全评估（评价）报告完成日期", FieldType.DATE))
                        .build());
    }
}
