package org.qinqing.hall.dept.transport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 网约车驾驶员证 and 巡游出租汽车驾驶员从业资格证 (《网络预约出租汽车经营服务管理暂行办法》第十四条,
 * 《出租汽车驾驶员从业资格管理规定》第九条): three years of driving since the licence was first issued;
 * no 12-point period in the last three scoring cycles; no traffic or violent crime, no drug or drink
 * driving record. A driver without a Shenzhen household register holds a Shenzhen residence permit.
 */
final class TaxiDriver implements ApprovalHandler {
    static final int YEARS = 3;

    @Override
    public CheckResult check(Application a) {
        if (!a.flag("shenzhenHousehold") && a.material("residence-permit") == null) {
            return CheckResult.supplement(Finding.material("residence-permit", "非深圳户籍的申请人须提交有效的深圳市居住证"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        LocalDate since = a.date("licenceIssued");
        if (since.plusYears(YEARS).isAfter(a.date())) {
            out.add(Finding.field("licenceIssued", "须具有3年以上驾驶经历，自" + since + "初次领证，至" + since.plusYears(YEARS) + "方满3年"));
        }
        if (a.flag("twelvePoints")) {
            out.add(Finding.field("twelvePoints", "最近连续3个记分周期内有记满12分记录"));
        }
        if (a.flag("trafficCrime")) {
            out.add(Finding.field("trafficCrime", "有交通肇事犯罪或危险驾驶犯罪记录"));
        }
        if (a.flag("drugOrDrunk")) {
            out.add(Finding.field("drugOrDrunk", "有吸毒记录或饮酒后驾驶记录"));
        }
        if (a.flag("violentCrime")) {
            out.add(Finding.field("violentCrime", "有暴力犯罪记录"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean rideHailing = TransportItems.RIDE_HAILING_DRIVER.equals(a.item().code());
        return List.of(IssuedDocument.of(rideHailing ? "ride-hailing-driver-certificate" : "taxi-driver-certificate",
                        rideHailing ? "网络预约出租汽车驾驶员证" : "巡游出租汽车驾驶员从业资格证")
                .text(a.applicant().name() + "经考核合格，准予从事" + (rideHailing ? "网络预约出租汽车" : "巡游出租汽车") + "客运服务。证号："
                        + a.applicant().number() + "。")
                .attribute("certificateNumber", a.applicant().number())
                .build());
    }
}
