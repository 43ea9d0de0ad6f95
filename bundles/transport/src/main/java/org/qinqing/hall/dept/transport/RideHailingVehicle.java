package org.qinqing.hall.dept.transport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 网络预约出租汽车运输证 (《网络预约出租汽车经营服务管理暂行办法》): a passenger car with at most 7 seats,
 * fitted with a recording satellite positioning device and an emergency alarm, battery-electric for a
 * new Shenzhen ride-hailing car, below 600,000 km and younger than 8 years — the certificate ends when
 * the car turns 8.
 */
final class RideHailingVehicle implements ApprovalHandler {
    static final String ELECTRIC = "纯电动";
    static final int MAX_SEATS = 7;
    static final long MAX_MILEAGE = 600_000;
    static final int MAX_YEARS = 8;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("seats") > MAX_SEATS) {
            out.add(Finding.field("seats", "网约车须为7座及以下乘用车"));
        }
        if (!a.flag("gpsInstalled") || !a.flag("alarmInstalled")) {
            out.add(Finding.field("gpsInstalled", "须安装具有行驶记录功能的车辆卫星定位装置和应急报警装置"));
        }
        if (!ELECTRIC.equals(a.text("fuel"))) {
            out.add(Finding.field("fuel", "本市新增网约车须为纯电动汽车"));
        }
        if (a.integer("mileage") >= MAX_MILEAGE) {
            out.add(Finding.field("mileage", "行驶里程达到60万千米的，不得从事网约车经营"));
        }
        LocalDate retire = a.date("registrationDate").plusYears(MAX_YEARS);
        if (!a.date().isBefore(retire)) {
            out.add(Finding.field("registrationDate", "使用年限已达8年（" + retire + "），应当退出网约车经营"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "440300" + Numbers.sequence(a, 6);
        return List.of(IssuedDocument.of("ride-hailing-vehicle-certificate", "网络预约出租汽车运输证")
                .validUntil(a.date("registrationDate").plusYears(MAX_YEARS).minusDays(1))
                .text("证号：" + number + "。车牌号码：" + a.text("plate") + "。车辆所有人：" + a.applicant().name() + "。使用年限满8年或行驶里程达到60万千米时失效。")
                .attribute("certificateNumber", number)
                .attribute("plate", a.text("plate"))
                .build());
    }
}
