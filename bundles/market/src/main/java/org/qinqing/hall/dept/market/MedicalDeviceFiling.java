package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 第二类医疗器械经营备案 (秒批): class III devices need the licence instead; the quality manager has a
 * relevant degree or title (《医疗器械经营监督管理办法》).
 */
final class MedicalDeviceFiling implements ApprovalHandler {
    static final String CLASS_II_ONLY = "仅第二类医疗器械";
    static final String WITH_CLASS_III = "含第三类医疗器械";

    @Override
    public CheckResult check(Application a) {
        if (WITH_CLASS_III.equals(a.text("deviceClasses"))) {
            return CheckResult.reject("经营第三类医疗器械的，应当申请第三类医疗器械经营许可，不适用备案");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (!a.flag("qualityManagerQualified")) {
            return List.of(Finding.field("qualityManagerQualified", "质量管理人员应当具有国家认可的相关专业学历或者职称"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "粤深药监械经营备" + a.date().getYear() + String.format("%05d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 100_000)) + "号";
        return List.of(IssuedDocument.of("medical-device-filing", "第二类医疗器械经营备案凭证")
                .text("备案编号：" + number + "。企业名称：" + a.applicant().name() + "。经营方式：零售、批发。经营范围：第二类医疗器械。")
                .attribute("filingNumber", number)
                .build());
    }
}
