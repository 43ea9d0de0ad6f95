package org.qinqing.hall.dept.social;

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

/** Employers: registration, enrolling and leaving employees, changes, certificates. */
final class EmployerItems {

    private EmployerItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(SocialItems.EMPLOYER_REGISTRATION, "单位参保登记").type(ItemType.CONFIRMATION).party(PartyType.ENTERPRISE)
                        .limits(15, 0).limitUnit(LimitUnit.NATURAL_DAYS)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第五十七条；《社会保险费征缴暂行条例》")
                        .description("用人单位自成立之日起30日内凭营业执照申请社会保险登记；经办机构自收到申请之日起15日内审核。本市即时办结。")
                        .keywords("社保开户", "单位社保登记", "企业参保")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("staff-list", "参保职工花名册").optional().note("已有职工的提交"))
                        .field(FormField.of("establishedOn", "单位成立日期", FieldType.DATE))
                        .field(FormField.of("employees", "现有职工人数", FieldType.INTEGER))
                        .field(FormField.of("bankAccount", "缴费银行账号", FieldType.TEXT).maxLength(40))
                        .field(FormField.of("contactPhone", "社保经办人联系电话", FieldType.PHONE))
                        .build(),
                Item.of(SocialItems.EMPLOYEE_ENROLMENT, "职工参保登记（增员）").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第五十八条；《中华人民共和国劳动法》第十五条")
                        .description("用人单位自用工之日起30日内为职工办理参保登记；超过30日的，须提交劳动合同以确认用工之日。")
                        .keywords("增员", "新员工参保", "买社保")
                        .material(Material.of("labour-contract", "劳动合同").optional().reusable("labour-contract")
                                .note("用工之日起超过30日办理时提交"))
                        .field(FormField.of("employeeId", "职工身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("post", "岗位类别", FieldType.CHOICE).options(SocialItems.POSTS))
                        .field(FormField.of("startDate", "用工之日", FieldType.DATE))
                        .field(FormField.of("monthlyWage", "月缴费工资（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(SocialItems.EMPLOYEE_SUSPENSION, "职工停保（减员）").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "；《社会保险费征缴暂行条例》")
                        .keywords("减员", "停保")
                        .field(FormField.of("employeeId", "职工身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("endDate", "劳动关系终止日期", FieldType.DATE))
                        .build(),
                Item.of(SocialItems.EMPLOYER_INFO_CHANGE, "单位参保信息变更").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第五十七条")
                        .description("社会保险登记事项发生变更的，自变更之日起30日内办理变更登记。")
                        .keywords("社保信息变更")
                        .material(CommonMaterials.businessLicence())
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options("单位名称", "地址", "法定代表人", "缴费银行账号", "联系人"))
                        .field(FormField.of("newValue", "变更后内容", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(SocialItems.EMPLOYER_RECORD, "单位参保证明查询打印").type(ItemType.PUBLIC_SERVICE).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(SocialItems.LAW + "第七十四条")
                        .description("打印单位参保人数及缴费情况证明，用于招投标、资质申报等。")
                        .keywords("单位参保证明", "社保缴纳证明")
                        .field(FormField.of("from", "起始年月", FieldType.DATE))
                        .field(FormField.of("to", "截止年月", FieldType.DATE))
                        .build());
    }
}
