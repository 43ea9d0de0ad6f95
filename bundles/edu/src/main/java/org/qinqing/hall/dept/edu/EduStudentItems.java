package org.qinqing.hall.dept.edu;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Items of 南山区教育局 for pupils and their families (applied for by a parent or guardian). */
final class EduStudentItems {
    static final String SCHOOL_PLACE = "edu-school-place";
    static final String ENROLMENT_DELAY = "edu-enrolment-delay";
    static final String STUDENT_TRANSFER = "edu-student-transfer";
    static final String STUDENT_AID = "edu-student-aid";
    static final String PRESCHOOL_SUBSIDY = "edu-preschool-subsidy";
    static final String PLACE_SUBSIDY = "edu-place-subsidy";
    static final String GRADUATION_PROOF = "edu-graduation-proof";
    static final String SPECIAL_EDUCATION = "edu-special-education-placement";

    private static final String COMPULSORY_LAW = "《中华人民共和国义务教育法》";

    private EduStudentItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(SCHOOL_PLACE, "义务教育阶段学位申请（小一、初一）").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(COMPULSORY_LAW + "第十一条、第十二条")
                        .description("适龄儿童少年的父母或监护人网上申请公办学校学位；非深户籍的须在深居住登记和缴纳社会保险均满一年。")
                        .keywords("小一学位", "初一学位", "积分入学", "学位申请")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("housing-proof", "房产证明或房屋租赁登记备案凭证").form(MaterialForm.ELECTRONIC)
                                .reusable(SchoolPlace.LEASE_FILING).note("区住房和建设局备案的租赁凭证可直接调用"))
                        .material(Material.of("residence-permit", "广东省居住证").optional().form(MaterialForm.ELECTRONIC)
                                .reusable("residence-permit").note("非深圳户籍的提交"))
                        .field(FormField.of("grade", "申请年级", FieldType.CHOICE).options(SchoolPlace.FIRST_GRADE, SchoolPlace.JUNIOR_FIRST))
                        .field(FormField.of("childId", "儿童身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("hukou", "儿童户籍", FieldType.CHOICE).options(SchoolPlace.LOCAL, SchoolPlace.NON_LOCAL))
                        .field(FormField.of("residenceMonths", "父母一方在深连续居住登记月数", FieldType.INTEGER).optional())
                        .field(FormField.of("insuranceMonths", "父母一方在深连续缴纳社会保险月数", FieldType.INTEGER).optional())
                        .build(),
                Item.of(ENROLMENT_DELAY, "适龄儿童、少年延缓入学或休学审批").type(ItemType.OTHER_POWER).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(COMPULSORY_LAW + "第十一条")
                        .keywords("缓学", "推迟入学", "休学")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("medical-proof", "县级以上医院出具的诊断证明").optional().form(MaterialForm.ORIGINAL)
                                .note("因身体状况申请的提交"))
                        .field(FormField.of("childId", "儿童身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("kind", "申请事项", FieldType.CHOICE).options(EnrolmentDelay.DELAY, EnrolmentDelay.SUSPEND))
                        .field(FormField.of("reason", "申请原因", FieldType.CHOICE).options(EnrolmentDelay.HEALTH, EnrolmentDelay.OTHER))
                        .build(),
                Item.of(STUDENT_TRANSFER, "义务教育阶段学生转学").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(COMPULSORY_LAW + "；《中小学生学籍管理办法》")
                        .keywords("转学", "插班")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("enrolment-proof", "原就读学校学籍证明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("housing-proof", "房产证明或房屋租赁登记备案凭证").form(MaterialForm.ELECTRONIC)
                                .reusable(SchoolPlace.LEASE_FILING))
                        .field(FormField.of("childId", "学生身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("fromSchool", "原就读学校", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(STUDENT_AID, "普通高中家庭经济困难学生国家助学金申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国教育法》；《学生资助资金管理办法》")
                        .keywords("助学金", "学生资助", "贫困生")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("difficulty-form", "家庭经济困难学生认定申请表"))
                        .material(Material.of("subsistence-proof", "最低生活保障证明").optional().reusable(StudentAid.SUBSISTENCE)
                                .note("低保家庭学生提交，可由区民政局电子证照调用"))
                        .material(Material.of("hardship-proof", "特困人员救助供养证明").optional().reusable(StudentAid.HARDSHIP)
                                .note("特困供养学生提交"))
                        .material(Material.of("disability-card", "中华人民共和国残疾人证").optional().reusable("disability-card")
                                .note("残疾学生提交"))
                        .field(FormField.of("studentId", "学生身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("difficulty", "家庭经济困难类型", FieldType.CHOICE).options(StudentAid.TYPES))
                        .build(),
                Item.of(PRESCHOOL_SUBSIDY, "幼儿园在园儿童健康成长补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国学前教育法》；深圳市幼儿园在园儿童健康成长补贴政策")
                        .keywords("幼儿园补贴", "健康成长补贴", "入园补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("enrolment-proof", "幼儿园在园证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("childId", "幼儿身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("kindergarten", "就读幼儿园", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(PLACE_SUBSIDY, "义务教育阶段民办学校学位补贴申领").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(COMPULSORY_LAW + "第二条；《中华人民共和国民办教育促进法》；深圳市义务教育阶段学位补贴政策")
                        .keywords("学位补贴", "民办学校补贴")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("enrolment-proof", "民办学校学籍证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("childId", "学生身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("stage", "就读学段", FieldType.CHOICE).options(PlaceSubsidy.PRIMARY, PlaceSubsidy.JUNIOR))
                        .field(FormField.of("claimedThisYear", "本学年已申领过学位补贴", FieldType.BOOLEAN))
                        .build(),
                Item.of(GRADUATION_PROOF, "中小学毕业证书遗失补办证明").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(COMPULSORY_LAW + "；《中小学生学籍管理办法》")
                        .keywords("毕业证补办", "学历证明")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("loss-statement", "毕业证书遗失声明"))
                        .field(FormField.of("school", "毕业学校", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("graduationYear", "毕业年份", FieldType.INTEGER))
                        .build(),
                Item.of(SPECIAL_EDUCATION, "适龄残疾儿童少年入学评估及送教上门申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(20, 15).flags(APPOINTMENT).maxVisits(1)
                        .legalBasis(COMPULSORY_LAW + "第十九条；《残疾人教育条例》")
                        .keywords("随班就读", "送教上门", "特殊教育")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("disability-card", "中华人民共和国残疾人证或医学诊断证明").reusable("disability-card"))
                        .field(FormField.of("childId", "儿童身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("placement", "申请安置方式", FieldType.CHOICE).options("普通学校随班就读", "特殊教育学校", "送教上门"))
                        .build());
    }
}
