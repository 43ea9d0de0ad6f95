package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 户籍迁入指标卡: issued on a talent introduction approval and a family-planning certificate,
 * both valid on the decision date (the platform refuses expired ones at intake). The card is
 * valid 90 days.
 */
final class TransferCard implements ApprovalHandler {
    static final int VALID_DAYS = 90;

    @Override
    public List<Finding> review(Application a) {
        for (String code : List.of("talent-approval", "family-planning")) {
            ProvidedMaterial m = a.material(code);
            if (m != null && m.validUntil() != null && m.validUntil().isBefore(a.date())) {
                return List.of(Finding.material(code, m.title() + "已于" + m.validUntil() + "过期，请重新办理"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("household-transfer-card", "深圳市户籍迁入指标卡")
                .validUntil(a.date().plusDays(VALID_DAYS))
                .text("准予" + a.applicant().name() + "由" + a.text("originAddress") + "迁入" + a.text("settleAddress")
                        + "，请于有效期内办理落户手续。")
                .build());
    }
}
