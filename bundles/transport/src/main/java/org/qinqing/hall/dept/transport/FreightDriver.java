package org.qinqing.hall.dept.transport;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 道路货物运输驾驶员从业资格 (《道路运输条例》第二十二条): not older than 60; the qualification certificate
 * is valid six years (《道路运输从业人员管理规定》).
 */
final class FreightDriver implements ApprovalHandler {
    static final int MAX_AGE = 60;
    static final int VALID_YEARS = 6;

    @Override
    public List<Finding> review(Application a) {
        int age = a.applicant().ageOn(a.date());
        if (age > MAX_AGE) {
            return List.of(Finding.rule("从事货运经营的驾驶人员年龄不得超过60周岁，申请人" + age + "周岁"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("road-transport-qualification", "中华人民共和国道路运输从业人员从业资格证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text(a.applicant().name() + "，从业资格类别：经营性道路货物运输驾驶员，准驾车型" + a.text("licenceClass") + "。")
                .build());
    }
}
