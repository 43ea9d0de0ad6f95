package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 申请移出经营异常名录: the cure matches the reason (the late annual report, or reachable premises);
 * after three years on the list the enterprise is on the list of serious violators
 * (《企业信息公示暂行条例》第十七条) and cannot leave the abnormal list this way.
 */
final class AbnormalListRemoval implements ApprovalHandler {
    static final String NO_REPORT = "未按规定报送年度报告";
    static final String UNREACHABLE = "通过登记的住所或者经营场所无法联系";
    static final String[] REASONS = {NO_REPORT, "未按规定公示即时信息", "公示信息隐瞒真实情况、弄虚作假", UNREACHABLE};
    static final int YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        String reason = a.text("listingReason");
        if (NO_REPORT.equals(reason) && a.material("annual-report") == null) {
            return CheckResult.supplement(Finding.material("annual-report", "因未按期报送年度报告被列入的，须先补报年度报告并提交公示回执"));
        }
        if (UNREACHABLE.equals(reason) && a.material("premises") == null) {
            return CheckResult.supplement(Finding.material("premises", "因住所无法联系被列入的，须提交可以联系的住所（经营场所）使用证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate limit = a.date("listedDate").plusYears(YEARS);
        if (!a.date().isBefore(limit)) {
            return List.of(Finding.field("listedDate", "列入经营异常名录已届满3年，已列入严重违法失信企业名单，须按严重违法失信名单信用修复程序办理"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("abnormal-list-removal-decision", "移出经营异常名录决定书")
                .text("经审查，" + a.applicant().name() + "被列入经营异常名录的情形（" + a.text("listingReason") + "）已消除，决定自"
                        + a.date() + "起移出经营异常名录。")
                .build());
    }
}
