package org.qinqing.hall.dept.hr;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 劳动人事争议仲裁 (劳动争议调解仲裁法 Art. 27): one year from the day the worker knew of the
 * infringement; unpaid wages while the employment lasts are not time-barred, and once it has ended
 * may be claimed within one year of its end (interruption and suspension are for the tribunal).
 */
final class LabourArbitration implements ApprovalHandler {
    static final String WAGES = "拖欠劳动报酬";
    static final String[] TYPES = {WAGES, "解除、终止劳动合同", "工伤待遇", "社会保险", "确认劳动关系", "其他"};

    @Override
    public CheckResult check(Application a) {
        if (a.date("knewDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("knewDate", "知道权利被侵害之日不能晚于申请日期"));
        }
        if (a.date("employmentEnded") != null && a.date("employmentEnded").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("employmentEnded", "劳动关系终止日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate ended = a.date("employmentEnded");
        if (WAGES.equals(a.text("disputeType"))) {
            if (ended != null && a.date().isAfter(ended.plusYears(1))) {
                return List.of(Finding.field("employmentEnded", "劳动关系终止后追索劳动报酬，应自终止之日起一年内申请仲裁"));
            }
            return List.of();
        }
        if (a.date().isAfter(a.date("knewDate").plusYears(1))) {
            return List.of(Finding.field("knewDate", "已超过一年的仲裁时效（有时效中断、中止情形的，请提交证明）"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("arbitration-acceptance", "劳动人事争议仲裁受理通知书")
                .text("受理" + a.applicant().name() + "与被申请人（" + a.text("employerCode") + "）" + a.text("disputeType")
                        + "争议，仲裁庭自受理之日起四十五日内结案。")
                .build());
    }
}
