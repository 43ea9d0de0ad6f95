package org.qinqing.hall.dept.emergency;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 危险化学品经营许可 (《危险化学品安全管理条例》第三十四条): storage facilities come with their safety
 * evaluation; at least one full-time safety manager; every employee trained and examined.
 * The licence is valid three years.
 */
final class HazchemLicence implements ApprovalHandler {
    static final String WITHOUT_STORAGE = "不带储存设施经营";
    static final String WITH_STORAGE = "带储存设施经营";
    static final int VALID_YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (WITH_STORAGE.equals(a.text("mode")) && a.material("storage-evaluation") == null) {
            return CheckResult.supplement(Finding.material("storage-evaluation", "带储存设施经营的，须提交储存设施安全评价报告"));
        }
        if (a.integer("trainedStaff") > a.integer("staff")) {
            return CheckResult.supplement(Finding.field("trainedStaff", "培训考核合格人数不能多于从业人员人数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("safetyManagers") < 1) {
            out.add(Finding.field("safetyManagers", "从事危险化学品经营的企业应当有专职安全管理人员"));
        }
        long untrained = a.integer("staff") - a.integer("trainedStaff");
        if (untrained > 0) {
            out.add(Finding.field("trainedStaff", "有" + untrained + "名从业人员未经专业技术培训并考核合格"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Numbers.of("危化经字", a);
        return List.of(IssuedDocument.of(EmergencyItems.HAZCHEM_KIND, "危险化学品经营许可证")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("编号：" + number + "。企业名称：" + a.applicant().name() + "。经营方式：" + a.text("mode") + "。许可范围："
                        + a.text("chemicals") + "。有效期至" + a.date().plusYears(VALID_YEARS).minusDays(1) + "。")
                .attribute("licenceNumber", number)
                .attribute("mode", a.text("mode"))
                .build());
    }
}
