package org.qinqing.hall.dept.urban;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 建筑垃圾运输核准: every vehicle closed (密闭化运输) and fitted with satellite positioning. */
final class WasteTransport implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        long v = a.integer("vehicles");
        if (v < 1 || a.integer("sealedVehicles") > v || a.integer("gpsVehicles") > v) {
            return CheckResult.supplement(Finding.field("vehicles", "车辆数至少为1，密闭化和安装定位装置的车辆数不能多于车辆总数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        long v = a.integer("vehicles");
        if (a.integer("sealedVehicles") < v) {
            out.add(Finding.field("sealedVehicles", "有" + (v - a.integer("sealedVehicles")) + "辆车未采用密闭化运输"));
        }
        if (a.integer("gpsVehicles") < v) {
            out.add(Finding.field("gpsVehicles", "有" + (v - a.integer("gpsVehicles")) + "辆车未安装卫星定位装置"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("construction-waste-transport-approval", "建筑垃圾运输核准文件")
                .validUntil(a.date().plusYears(1))
                .text("核准" + a.applicant().name() + "从事建筑垃圾运输，核准车辆" + a.integer("vehicles") + "辆。")
                .build());
    }
}
