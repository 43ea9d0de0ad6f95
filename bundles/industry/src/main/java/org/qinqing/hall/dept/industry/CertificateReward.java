package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundItems.AWARD_DATE;
import static org.qinqing.hall.dept.industry.FundItems.GRADE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Rewards for a certificate, recognition, listing or prize obtained (高新技术企业认定奖励,
 * 小升规奖励, 上市奖励, 专精特新认定奖励 …): applied for within the category's window after the
 * date of the certificate; the reward is fixed, or the category's maximum times the share of the
 * grade. Small fixed rewards are approved instantly (秒批): the rule decides them entirely.
 */
final class CertificateReward implements ApprovalHandler {
    private final FundCategory c;

    CertificateReward(FundCategory c) {
        this.c = c;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.date(AWARD_DATE).isAfter(a.date())) {
            out.add(Finding.field(AWARD_DATE, "认定（获得）日期不能晚于申报日期"));
        }
        return FundGate.admit(a, out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        LocalDate earliest = a.date().minusMonths(c.threshold);
        if (a.date(AWARD_DATE).isBefore(earliest)) {
            out.add(Finding.field(AWARD_DATE, c.label + "的日期为" + a.date(AWARD_DATE) + "，已超过" + c.threshold
                    + "个月的申报期限（须在" + earliest + "之后取得）"));
        }
        FundGate.oncePerYear(a, c, out);
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return c.instant();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        if (c.tiers() == null) {
            return FundGate.decision(a, c, c.cap, "按本类别定额标准");
        }
        int share = c.tiers().share(a.text(GRADE));
        long amount = c.cap * share / 100;
        return FundGate.decision(a, c, amount, "按“" + a.text(GRADE) + "”档次（本类别上限的" + share + "%）");
    }
}
