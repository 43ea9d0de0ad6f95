package org.qinqing.hall.dept.ecology;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/** 排污许可证延续 (《排污许可管理条例》第十四条): asked for at least 60 days before expiry; five more years. */
final class DischargeRenewal implements ApprovalHandler {
    static final int DAYS_BEFORE = 60;

    @Override
    public List<Finding> review(Application a) {
        LocalDate latest = a.date("expiryDate").minusDays(DAYS_BEFORE);
        if (a.date().isAfter(latest)) {
            return List.of(Finding.field("expiryDate", "应当于排污许可证有效期届满60日前（" + latest + "前）申请延续"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        ProvidedMaterial old = a.material("discharge-permit");
        String number = old == null ? "" : old.attributes().getOrDefault("permitNumber", "");
        LocalDate until = a.date("expiryDate").plusYears(DischargePermit.VALID_YEARS);
        return List.of(IssuedDocument.of(EcologyItems.DISCHARGE_PERMIT_KIND, "排污许可证（延续）")
                .validUntil(until)
                .text("证书编号：" + number + "。单位名称：" + a.applicant().name() + "。准予延续，有效期至" + until + "。")
                .attribute("permitNumber", number)
                .build());
    }
}
