package org.qinqing.hall.dept.justice;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;

/**
 * 人民调解: no mediation where one party has expressly refused it (人民调解法 Art. 17), nor of a
 * dispute a court, arbitration body or administrative authority has already accepted.
 */
final class PeopleMediation implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.flag("otherPartyRefused")) {
            return CheckResult.reject("当事人一方明确拒绝调解的，不得调解（《人民调解法》第十七条），可依法通过仲裁、诉讼等途径解决");
        }
        if (a.flag("alreadyAccepted")) {
            return CheckResult.reject("纠纷已由人民法院、仲裁机构或行政机关受理或处理，人民调解委员会不予受理");
        }
        return CheckResult.accept();
    }
}
