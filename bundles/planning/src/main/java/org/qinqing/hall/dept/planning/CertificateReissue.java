package org.qinqing.hall.dept.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 不动产权证书补发 (《不动产登记暂行条例实施细则》第二十二条): reissued 15 working days after the loss
 * notice is published. Working days here skip weekends; public holidays in between push the date
 * later and are checked by the registrar.
 */
final class CertificateReissue implements ApprovalHandler {
    static final int WORKING_DAYS = 15;

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate due = plusWorkingDays(a.date("noticeDate"), WORKING_DAYS);
        if (a.date().isBefore(due)) {
            return List.of(Finding.field("noticeDate", "遗失、灭失声明刊发15个工作日后方可补发，最早" + due));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(PlanningItems.PROPERTY_CERTIFICATE_KIND, "不动产权证书（补发）")
                .text("权利人：" + a.applicant().name() + "。原证书因" + a.text("reason") + "补发，原证书作废。")
                .build());
    }
}
