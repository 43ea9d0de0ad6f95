package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 延缓入学或休学 (义务教育法 Art. 11 para. 2): only for the child's physical condition, shown by a
 * hospital diagnosis; a delay of entry concerns a child already of school age (6 by 31 August).
 * The approval is for one school year.
 */
final class EnrolmentDelay implements ApprovalHandler {
    static final String DELAY = "延缓入学";
    static final String SUSPEND = "休学";
    static final String HEALTH = "身体状况";
    static final String OTHER = "其他原因";

    @Override
    public CheckResult check(Application a) {
        if (HEALTH.equals(a.text("reason")) && a.material("medical-proof") == null) {
            return CheckResult.supplement(Finding.material("medical-proof", "因身体状况申请的，须提交县级以上医院出具的诊断证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (OTHER.equals(a.text("reason"))) {
            out.add(Finding.field("reason", "《义务教育法》第十一条只准许因身体状况延缓入学或休学"));
        }
        if (DELAY.equals(a.text("kind")) && Ids.age(a.text("childId"), Ids.cutOff(a.date())) < SchoolPlace.SCHOOL_AGE) {
            out.add(Finding.field("childId", "儿童当年8月31日前未满6周岁，尚未到入学年龄，无须申请延缓入学"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("enrolment-delay-approval", "准予" + a.text("kind") + "决定")
                .validUntil(a.date().plusYears(1))
                .text("因身体状况，准予申请人子女" + a.text("kind") + "一学年。")
                .build());
    }
}
