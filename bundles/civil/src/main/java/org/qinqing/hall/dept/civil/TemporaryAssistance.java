package org.qinqing.hall.dept.civil;

import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 临时救助 (社会救助暂行办法 Art. 47): the cause is one the law names; an accident is proven by the
 * accident report, a sudden serious illness by the diagnosis and bills; the hardship has happened.
 */
final class TemporaryAssistance implements ApprovalHandler {
    static final String ACCIDENT = "火灾、交通事故等意外事件";
    static final String ILLNESS = "家庭成员突发重大疾病";
    static final String[] CAUSES = {ACCIDENT, ILLNESS, "生活必需支出突然增加", "其他特殊困难"};
    static final Map<String, String> PROOF = Map.of(ACCIDENT, "accident-proof", ILLNESS, "medical-proof");

    @Override
    public CheckResult check(Application a) {
        if (a.date("eventDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("eventDate", "困难发生日期不能晚于申请日期"));
        }
        String proof = PROOF.get(a.text("cause"));
        if (proof != null && a.material(proof) == null) {
            return CheckResult.supplement(Finding.material(proof, "因" + a.text("cause") + "申请的，须提交" + a.item().material(proof).name()));
        }
        return CheckResult.accept();
    }
}
