package org.qinqing.hall.dept.housing;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.IssuedDocument;

/** 消防验收 and 消防验收备案: issue the document the completion filing later reuses from the vault. */
final class FireAcceptance implements ApprovalHandler {
    private final String kind;
    private final String title;

    FireAcceptance(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(kind, title)
                .text(a.applicant().name() + "报送的建设工程消防验收材料经审查合格。").build());
    }
}
