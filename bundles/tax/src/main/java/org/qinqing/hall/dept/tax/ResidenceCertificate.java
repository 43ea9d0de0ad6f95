package org.qinqing.hall.dept.tax;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.PartyType;

/**
 * 《中国税收居民身份证明》: a person is a Chinese tax resident with a domicile in China or 183 days or
 * more of residence in the year (《个人所得税法》第一条); an enterprise registered in China is resident
 * (《企业所得税法》第二条). No certificate for a year that has not started.
 */
final class ResidenceCertificate implements ApprovalHandler {
    static final int DAYS = 183;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().kind() == PartyType.PERSON && !a.flag("domiciled") && a.integer("daysInChina") == null) {
            return CheckResult.supplement(Finding.field("daysInChina", "在中国境内无住所的个人须填写该年度在中国境内居住天数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (a.integer("year") > a.date().getYear()) {
            return List.of(Finding.field("year", "不能为尚未开始的年度开具税收居民身份证明"));
        }
        if (a.applicant().kind() == PartyType.PERSON && !a.flag("domiciled") && a.integer("daysInChina") < DAYS) {
            return List.of(Finding.field("daysInChina", "在中国境内无住所且一个纳税年度内居住累计不满183天的个人不是中国税收居民"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tax-residence-certificate", "中国税收居民身份证明")
                .text("兹证明" + a.applicant().name() + "为" + a.integer("year") + "年度中国税收居民，用于享受与" + a.text("treatyCountry")
                        + "的税收协定待遇。")
                .attribute("year", String.valueOf(a.integer("year")))
                .attribute("treatyCountry", a.text("treatyCountry"))
                .build());
    }
}
