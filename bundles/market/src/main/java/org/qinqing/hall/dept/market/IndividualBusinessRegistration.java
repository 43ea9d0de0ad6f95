package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 个体工商户设立登记 (秒批). The operator must have full civil capacity: 18 or older, or 16 or 17 and
 * living mainly on their own labour income (《民法典》第十八条), which they prove; a name, if any,
 * may not use 企业、公司 or 农民专业合作社. Issues the 营业执照 (kind {@code business-licence}).
 */
final class IndividualBusinessRegistration implements ApprovalHandler {
    static final int MIN_AGE = 16;
    static final int ADULT = 18;
    static final String[] FORBIDDEN = {"企业", "公司", "农民专业合作社"};

    @Override
    public CheckResult check(Application a) {
        int age = a.applicant().ageOn(a.date());
        if (age < MIN_AGE) {
            return CheckResult.reject("经营者未满16周岁，不具有完全民事行为能力，不能登记为个体工商户");
        }
        if (age < ADULT && a.material("income-proof") == null) {
            return CheckResult.supplement(Finding.material("income-proof", "经营者未满18周岁，须提交以自己劳动收入为主要生活来源的证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        String name = a.text("businessName");
        if (name != null) {
            for (String word : FORBIDDEN) {
                if (name.contains(word)) {
                    return List.of(Finding.field("businessName", "个体工商户名称中不得使用“" + word + "”字样"));
                }
            }
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String code = Licences.creditCode(Licences.INDIVIDUAL_BUSINESS, a);
        String name = a.text("businessName") == null ? "" : a.text("businessName");
        return List.of(IssuedDocument.of(CommonMaterials.BUSINESS_LICENCE, "营业执照（个体工商户）")
                .text("统一社会信用代码：" + code + "。名称：" + (name.isEmpty() ? "（无）" : name) + "。经营者：" + a.applicant().name()
                        + "。组成形式：" + a.text("operationForm") + "。经营场所：" + a.text("address") + "。经营范围：" + a.text("businessScope")
                        + "。注册日期：" + a.date() + "。")
                .attribute("creditCode", code)
                .attribute("name", name)
                .attribute("organisationForm", "个体工商户")
                .attribute("establishedOn", a.date().toString())
                .attribute("address", a.text("address"))
                .attribute("businessScope", a.text("businessScope"))
                .build());
    }
}
