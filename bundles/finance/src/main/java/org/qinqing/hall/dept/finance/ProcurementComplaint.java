package org.qinqing.hall.dept.finance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 政府采购投诉 (政府采购法 第五十二条至第五十六条): a supplier complains to the finance department of
 * the procurement's own level, only after challenging the purchaser (质疑前置), and within 15
 * working days after the reply period ended: the reply's date, or 7 working days after the
 * challenge when the purchaser did not reply. Working days are counted Monday to Friday.
 */
final class ProcurementComplaint implements ApprovalHandler {
    static final String[] LEVELS = {"区级", "市级", "省级及以上"};
    static final int REPLY_DAYS = 7;
    static final int COMPLAINT_DAYS = 15;

    @Override
    public CheckResult check(Application a) {
        if (!"区级".equals(a.text("procurementLevel"))) {
            return CheckResult.reject("投诉应向采购项目同级的政府采购监督管理部门提出，" + a.text("procurementLevel") + "采购项目请向该级财政部门投诉");
        }
        if (!a.flag("challenged")) {
            return CheckResult.reject("供应商投诉前须先以书面形式向采购人或采购代理机构提出质疑，未经质疑的事项不予受理");
        }
        List<Finding> out = new ArrayList<>();
        LocalDate challenge = a.date("challengeDate");
        LocalDate reply = a.date("replyDate");
        if (challenge == null) {
            out.add(Finding.field("challengeDate", "请填写提出质疑的日期"));
        } else if (challenge.isAfter(a.date())) {
            out.add(Finding.field("challengeDate", "提出质疑日期不能晚于投诉日期"));
        } else if (reply != null && reply.isBefore(challenge)) {
            out.add(Finding.field("replyDate", "收到质疑答复日期不能早于提出质疑日期"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate deadline = deadline(a);
        if (a.date().isAfter(deadline)) {
            return List.of(Finding.rule("投诉期限至" + deadline + "届满（质疑答复期满后" + COMPLAINT_DAYS + "个工作日），已超过法定投诉期限"));
        }
        return List.of();
    }

    /** @return the last day a complaint may be made */
    static LocalDate deadline(Application a) {
        LocalDate reply = a.date("replyDate");
        LocalDate replyPeriodEnd = reply != null ? reply : plusWorkingDays(a.date("challengeDate"), REPLY_DAYS);
        return plusWorkingDays(replyPeriodEnd, COMPLAINT_DAYS);
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("procurement-complaint-decision", "政府采购投诉处理决定书")
                .text("投诉人：" + a.applicant().name() + "；采购项目：" + a.text("projectName") + "（编号" + a.text("projectNumber")
                        + "）。区财政局依据《中华人民共和国政府采购法》第五十六条对投诉事项作出处理决定。投诉人对处理决定不服的，"
                        + "可以依法申请行政复议或者向人民法院提起行政诉讼。")
                .attribute("projectNumber", a.text("projectNumber"))
                .build());
    }
}
