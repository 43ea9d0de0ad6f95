package org.qinqing.hall.dept.transport;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 道路货物运输经营许可 (《道路运输条例》第二十一条、第二十四条): vehicles of at most 4,500 kg gross need no
 * licence for ordinary freight; every vehicle inspected and found fit; drivers with the qualification.
 */
final class FreightLicence implements ApprovalHandler {
    static final long LIGHT = 4500;

    @Override
    public CheckResult check(Application a) {
        if (a.integer("vehicles") < 1 || a.integer("inspectedVehicles") > a.integer("vehicles")) {
            return CheckResult.supplement(Finding.field("vehicles", "车辆数至少为1，检测合格车辆数不能多于车辆数"));
        }
        if (a.integer("maxGrossWeight") <= LIGHT) {
            return CheckResult.reject("使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请道路货物运输经营许可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long unfit = a.integer("vehicles") - a.integer("inspectedVehicles");
        if (unfit > 0) {
            out.add(Finding.field("inspectedVehicles", "有" + unfit + "辆车未经检测合格"));
        }
        if (a.integer("qualifiedDrivers") < 1) {
            out.add(Finding.field("qualifiedDrivers", "须有取得道路货物运输驾驶员从业资格的驾驶人员"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "粤交运管许可深字440300" + Numbers.sequence(a, 6) + "号";
        return List.of(IssuedDocument.of("road-transport-licence", "道路运输经营许可证")
                .text("证号：" + number + "。业户名称：" + a.applicant().name() + "。经营范围：道路普通货物运输。")
                .attribute("licenceNumber", number)
                .attribute("scope", "道路普通货物运输")
                .build());
    }
}
