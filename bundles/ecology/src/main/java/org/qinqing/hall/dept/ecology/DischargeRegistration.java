package org.qinqing.hall.dept.ecology;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 固定污染源排污登记 (秒批, 《排污许可管理条例》第二十四条): only units the classification catalogue puts
 * under registration management; units under simplified or key management apply for a permit.
 * The registration receipt is valid five years.
 */
final class DischargeRegistration implements ApprovalHandler {
    static final String REGISTRATION = "登记管理";
    static final int VALID_YEARS = 5;

    @Override
    public CheckResult check(Application a) {
        if (!REGISTRATION.equals(a.text("category"))) {
            return CheckResult.reject("名录规定实行" + a.text("category") + "的排污单位应当申请取得排污许可证，不适用排污登记");
        }
        return CheckResult.accept();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("pollutant-discharge-registration", "固定污染源排污登记回执")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("登记编号：" + a.applicant().number() + "001W。" + a.applicant().name() + "（" + a.text("industry") + "）已完成排污登记。")
                .build());
    }
}
