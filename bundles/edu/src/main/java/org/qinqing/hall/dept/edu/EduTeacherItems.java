package org.qinqing.hall.dept.edu;

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

/** Items of 南山区教育局 for teachers. */
final class EduTeacherItems {
    static final String TEACHER_QUALIFICATION = "edu-teacher-qualification";
    static final String TEACHER_REGISTRATION = "edu-teacher-registration";
    static final String CERTIFICATE_REISSUE = "edu-teacher-certificate-reissue";

    /** Vault kind of the 教师资格证书. */
    static final String TEACHER_CERTIFICATE = "teacher-qualification-certificate";

    private static final String BASIS = "《中华人民共和国教师法》第十条、第十一条；《教师资格条例》（国务院令第188号）；"
            + "《〈教师资格条例〉实施办法》（教育部令第10号）";

    private EduTeacherItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TEACHER_QUALIFICATION, "教师资格认定（幼儿园、小学、初级中学）").type(ItemType.CONFIRMATION)
                        .party(PartyType.PERSON).limits(30, 15).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis(BASIS)
                        .description("持国家中小学教师资格考试合格证明，申请认定幼儿园、小学、初级中学教师资格；每年春秋两季受理。")
                        .keywords("教资认定", "教师资格证", "教资")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("mandarin-certificate", "普通话水平测试等级证书").reusable("mandarin-certificate"))
                        .material(Material.of("exam-certificate", "中小学教师资格考试合格证明").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("health-check", "指定医院出具的体检合格证明").form(MaterialForm.ORIGINAL))
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("level", "申请资格种类", FieldType.CHOICE).options(TeacherQualification.LEVELS))
                        .field(FormField.of("subject", "任教学科", FieldType.CHOICE).options(TeacherQualification.SUBJECTS))
                        .field(FormField.of("education", "最高学历", FieldType.CHOICE).options(TeacherQualification.EDUCATION))
                        .field(FormField.of("mandarin", "普通话水平等级", FieldType.CHOICE).options(TeacherQualification.MANDARIN))
                        .field(FormField.of("examPassedDate", "考试合格证明签发日期", FieldType.DATE))
                        .build(),
                Item.of(TEACHER_REGISTRATION, "中小学教师资格定期注册").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国教师法》；《中小学教师资格定期注册暂行办法》")
                        .description("在职中小学、幼儿园教师每5年定期注册一次。")
                        .keywords("教师资格注册", "五年注册")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("teacher-certificate", "教师资格证书").reusable(TEACHER_CERTIFICATE))
                        .material(Material.of("training-record", "五年周期继续教育学时证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("trainingHours", "注册周期内累计培训学时", FieldType.INTEGER))
                        .field(FormField.of("ethicsPassed", "师德考核合格", FieldType.BOOLEAN))
                        .field(FormField.of("appraisalsPassed", "注册周期内年度考核均合格", FieldType.BOOLEAN))
                        .build(),
                Item.of(CERTIFICATE_REISSUE, "教师资格证书补发换发").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(BASIS)
                        .keywords("教师资格证遗失", "补办教师资格证")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("loss-statement", "证书遗失或损毁声明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("reason", "申请原因", FieldType.CHOICE).options("遗失", "损毁", "个人信息变更"))
                        .build());
    }
}
