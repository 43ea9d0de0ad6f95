package org.qinqing.hall.dept.water;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 取水许可 (取水许可和水资源费征收管理条例). Small household abstraction needs no permit (Art. 4); a
 * construction project brings its water resources assessment; the permit runs the years applied
 * for, at most 10 (Art. 25).
 */
final class AbstractionPermit implements ApprovalHandler {
    static final String HOUSEHOLD = "家庭生活和零星散养、圈养畜禽饮用";
    static final String[] PURPOSES = {"生产经营", "公共供水", "建设施工临时取水", "农业灌溉", HOUSEHOLD};
    static final int MAX_YEARS = 10;

    @Override
    public CheckResult check(Application a) {
        if (HOUSEHOLD.equals(a.text("purpose"))) {
            return CheckResult.reject("家庭生活和零星散养、圈养畜禽饮用等少量取水，不需要申请取水许可");
        }
        if (a.flag("constructionProject") && a.material("water-assessment") == null) {
            return CheckResult.supplement(Finding.material("water-assessment", "建设项目需要取水的，须提交建设项目水资源论证报告书（表）"));
        }
        if (a.decimal("annualVolume").compareTo(BigDecimal.ZERO) <= 0) {
            return CheckResult.supplement(Finding.field("annualVolume", "年取水量须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long years = a.integer("years");
        if (years < 1 || years > MAX_YEARS) {
            out.add(Finding.field("years", "取水许可证有效期限一般为5年，最长不超过10年，申请" + years + "年"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(WaterResourceItems.ABSTRACTION_LICENCE, "取水许可证")
                .validUntil(a.date().plusYears(a.integer("years")))
                .text(a.applicant().name() + "，水源：" + a.text("source") + "，用途：" + a.text("purpose") + "，年取水量"
                        + a.decimal("annualVolume").toPlainString() + "万立方米。")
                .attribute("annualVolume", a.decimal("annualVolume").toPlainString())
                .build());
    }
}
