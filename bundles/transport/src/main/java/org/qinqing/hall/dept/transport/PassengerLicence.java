package org.qinqing.hall.dept.transport;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 道路旅客运输经营许可 (《道路运输条例》第八条、第九条): every vehicle inspected and fit; no driver older
 * than 60 and none with a serious traffic accident for which they were responsible in the last three
 * years.
 */
final class PassengerLicence implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        long drivers = a.integer("drivers");
        if (a.integer("vehicles") < 1 || drivers < 1 || a.integer("inspectedVehicles") > a.integer("vehicles")
                || a.integer("driversOver60") > drivers || a.integer("driversWithAccidents") > drivers) {
            return CheckResult.supplement(Finding.field("drivers", "车辆数和驾驶人员人数至少为1，各分项人数（车辆数）不能超过总数"));
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
        if (a.integer("driversOver60") > 0) {
            out.add(Finding.field("driversOver60", "从事客运经营的驾驶人员年龄不得超过60周岁，有" + a.integer("driversOver60") + "人不符合"));
        }
        if (a.integer("driversWithAccidents") > 0) {
            out.add(Finding.field("driversWithAccidents", "从事客运经营的驾驶人员3年内不得有重大以上交通责任事故记录，有"
                    + a.integer("driversWithAccidents") + "人不符合"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "粤交运管许可深字440300" + Numbers.sequence(a, 6) + "号";
        return List.of(IssuedDocument.of("road-transport-licence", "道路运输经营许可证")
                .text("证号：" + number + "。业户名称：" + a.applicant().name() + "。经营范围：市内包车客运。")
                .attribute("licenceNumber", number)
                .attribute("scope", "市内包车客运")
                .build());
    }
}
