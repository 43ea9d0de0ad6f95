package org.qinqing.hall.dept.ecology;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 危险废物管理计划备案: every waste code has the form of 《国家危险废物名录》 — category HWxx, then the
 * 8-digit code whose last two digits repeat the category (e.g. HW08 900-249-08); a positive quantity.
 */
final class HazwastePlan implements ApprovalHandler {
    static final Pattern CODE = Pattern.compile("HW(\\d{2}) (\\d{3})-(\\d{3})-(\\d{2})");

    static List<String> codes(Application a) {
        List<String> out = new ArrayList<>();
        for (String c : a.text("wasteCodes").split("[,，;；]")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        for (String c : codes(a)) {
            Matcher m = CODE.matcher(c);
            if (!m.matches()) {
                out.add(Finding.field("wasteCodes", "危险废物代码“" + c + "”格式不符，应如“HW08 900-249-08”"));
            } else if (!m.group(1).equals(m.group(4))) {
                out.add(Finding.field("wasteCodes", "危险废物代码“" + c + "”末两位应与类别HW" + m.group(1) + "一致"));
            }
        }
        if (codes(a).isEmpty()) {
            out.add(Finding.field("wasteCodes", "须填写至少一个危险废物代码"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.decimal("annualQuantity").signum() <= 0) {
            return List.of(Finding.field("annualQuantity", "预计年产生量须大于0"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("hazwaste-plan-filing", a.date().getYear() + "年度危险废物管理计划备案表")
                .validUntil(java.time.LocalDate.of(a.date().getYear(), 12, 31))
                .text(a.applicant().name() + "危险废物管理计划已备案，废物代码：" + String.join("、", codes(a)) + "，预计年产生量"
                        + a.decimal("annualQuantity").stripTrailingZeros().toPlainString() + "吨。")
                .build());
    }
}
