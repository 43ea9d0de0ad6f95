package org.qinqing.hall.dept.health;

import java.time.LocalDate;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 出生医学证明补发、换发: the certificate exists for births from 1 January 1996, when it came into
 * use nationwide; a reissue after loss brings the loss statement.
 */
final class BirthCertificateReissue implements ApprovalHandler {
    static final LocalDate INTRODUCED = LocalDate.of(1996, 1, 1);
    static final String LOST = "遗失";

    @Override
    public CheckResult check(Application a) {
        LocalDate born = a.date("childBirthDate");
        if (born.isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("childBirthDate", "出生日期不能晚于申请日期"));
        }
        if (born.isBefore(INTRODUCED)) {
            return CheckResult.reject("《出生医学证明》自1996年1月1日起启用，此前出生的不予补发，可由出生医院出具出生情况证明");
        }
        if (LOST.equals(a.text("reason")) && a.material("loss-statement") == null) {
            return CheckResult.supplement(Finding.material("loss-statement", "遗失补发的，须提交遗失声明"));
        }
        return CheckResult.accept();
    }
}
