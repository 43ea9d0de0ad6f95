package org.qinqing.hall.dept.ecology;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 辐射安全许可证 (《放射性同位素与射线装置安全和防护条例》第七条): every radiation worker trained and
 * examined in radiation safety, individual dose monitoring in place. Valid five years.
 */
final class RadiationLicence implements ApprovalHandler {
    static final int VALID_YEARS = 5;

    @Override
    public CheckResult check(Application a) {
        if (a.integer("devices") < 1 || a.integer("workers") < 1) {
            return CheckResult.supplement(Finding.field("devices", "射线装置台数和辐射工作人员人数须大于0"));
        }
        if (a.integer("trainedWorkers") > a.integer("workers")) {
            return CheckResult.supplement(Finding.field("trainedWorkers", "培训考核合格人数不能多于辐射工作人员人数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long untrained = a.integer("workers") - a.integer("trainedWorkers");
        if (untrained > 0) {
            out.add(Finding.field("trainedWorkers", "有" + untrained + "名辐射工作人员未经辐射安全和防护培训考核合格"));
        }
        if (!a.flag("doseMonitoring")) {
            out.add(Finding.field("doseMonitoring", "须对辐射工作人员进行个人剂量监测"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "粤环辐证〔" + Numbers.sequence(a).substring(1) + "〕";
        return List.of(IssuedDocument.of("radiation-safety-licence", "辐射安全许可证")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("证书编号：" + number + "。单位名称：" + a.applicant().name() + "。种类和范围：使用Ⅲ类射线装置，共" + a.integer("devices") + "台。")
                .attribute("licenceNumber", number)
                .build());
    }
}
