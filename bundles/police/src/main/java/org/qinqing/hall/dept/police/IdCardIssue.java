package org.qinqing.hall.dept.police;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 居民身份证换领、补领. The new card's validity follows the holder's age (居民身份证法 Art. 5): under 16
 * five years, 16-25 ten years, 26-45 twenty years, 46 and over long-term. A renewal because the card
 * expires may be applied for in the last three months of its validity or after it.
 */
final class IdCardIssue implements ApprovalHandler {
    static final String EXPIRING = "有效期满";
    static final int RENEWAL_MONTHS = 3;

    private final boolean renewal;

    IdCardIssue(boolean renewal) {
        this.renewal = renewal;
    }

    @Override
    public CheckResult check(Application a) {
        if (renewal && EXPIRING.equals(a.text("reason")) && a.date("currentExpiry") == null) {
            return CheckResult.supplement(Finding.field("currentExpiry", "有效期满换领须填写原证有效期截止日期"));
        }
        if (!renewal && a.date("lostDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("lostDate", "遗失日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (renewal && EXPIRING.equals(a.text("reason"))) {
            LocalDate opens = a.date("currentExpiry").minusMonths(RENEWAL_MONTHS);
            if (a.date().isBefore(opens)) {
                return List.of(Finding.field("currentExpiry", "有效期满换领可在期满前三个月内申请，" + opens + "起可以办理"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        Integer years = validityYears(a.applicant().ageOn(a.date()));
        LocalDate until = years == null ? null : a.date().plusYears(years);
        return List.of(IssuedDocument.of("id-card", "中华人民共和国居民身份证")
                .validUntil(until)
                .text(a.applicant().name() + "，有效期" + (years == null ? "长期" : years + "年") + "。")
                .attribute("validity", years == null ? "长期" : years + "年")
                .build());
    }

    /** @return validity in years by the holder's age, {@code null} for a long-term card */
    static Integer validityYears(int age) {
        if (age < 16) {
            return 5;
        }
        if (age <= 25) {
            return 10;
        }
        if (age <= 45) {
            return 20;
        }
        return null;
    }
}
