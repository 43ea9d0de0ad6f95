package org.qinqing.hall.dept.emergency;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 危险化学品经营许可证延期 (《危险化学品经营许可证管理办法》): asked for at least three months before
 * the licence expires; the renewed licence runs three more years from the old expiry.
 */
final class HazchemRenewal implements ApprovalHandler {
    static final int MONTHS_BEFORE = 3;

    @Override
    public List<Finding> review(Application a) {
        LocalDate expiry = a.date("expiryDate");
        LocalDate latest = expiry.minusMonths(MONTHS_BEFORE);
        if (a.date().isAfter(latest)) {
            return List.of(Finding.field("expiryDate", "应当在许可证有效期满3个月前（" + latest + "前）提出延期申请；已逾期的，请重新申请经营许可"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        ProvidedMaterial old = a.material("hazchem-licence");
        String number = old == null ? "" : old.attributes().getOrDefault("licenceNumber", "");
        LocalDate until = a.date("expiryDate").plusYears(HazchemLicence.VALID_YEARS);
        return List.of(IssuedDocument.of(EmergencyItems.HAZCHEM_KIND, "危险化学品经营许可证（延期）")
                .validUntil(until)
                .text("编号：" + number + "。企业名称：" + a.applicant().name() + "。准予延期，有效期至" + until + "。")
                .attribute("licenceNumber", number)
                .build());
    }
}
