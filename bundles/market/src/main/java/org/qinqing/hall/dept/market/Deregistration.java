package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业注销登记. 简易注销 only without debts, with the investors' commitment, after a 20-day public notice
 * (《市场主体登记管理条例》第三十三条); 普通注销 with the liquidation report, after the creditors' 45 days
 * from the liquidation committee's notice (《公司法》第二百三十五条), and with every debt settled.
 */
final class Deregistration implements ApprovalHandler {
    static final String SIMPLE = "简易注销";
    static final String ORDINARY = "普通注销";
    static final int SIMPLE_NOTICE_DAYS = 20;
    static final int CREDITOR_DAYS = 45;

    @Override
    public CheckResult check(Application a) {
        boolean simple = SIMPLE.equals(a.text("procedure"));
        if (simple && a.flag("outstandingDebts")) {
            return CheckResult.reject("存在未清偿债务的，不适用简易注销程序，请经清算后按普通注销程序办理");
        }
        if (simple && a.material("commitment") == null) {
            return CheckResult.supplement(Finding.material("commitment", "简易注销须提交全体投资人承诺书"));
        }
        if (!simple && a.material("liquidation-report") == null) {
            return CheckResult.supplement(Finding.material("liquidation-report", "普通注销须提交经确认的清算报告"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        boolean simple = SIMPLE.equals(a.text("procedure"));
        int days = simple ? SIMPLE_NOTICE_DAYS : CREDITOR_DAYS;
        LocalDate open = a.date("noticeDate").plusDays(days);
        if (a.date().isBefore(open)) {
            out.add(Finding.field("noticeDate", simple
                    ? "简易注销公示期为20日，公示期满（" + open + "）后方可申请注销登记"
                    : "债权人自清算组公告之日起45日内申报债权，申报期满（" + open + "）后方可申请注销登记"));
        }
        if (!simple && a.flag("outstandingDebts")) {
            out.add(Finding.field("outstandingDebts", "清算结束前须清偿全部债务，尚有未清偿债务的不能办理注销登记"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("deregistration-notice", "准予注销登记通知书")
                .text(a.applicant().name() + "（" + a.applicant().number() + "）经" + a.text("procedure") + "程序申请注销，准予注销登记，营业执照自即日起作废。")
                .build());
    }
}
