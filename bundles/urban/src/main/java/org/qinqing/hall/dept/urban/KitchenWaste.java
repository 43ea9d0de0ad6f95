package org.qinqing.hall.dept.urban;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 餐厨垃圾产生登记及收运 (秒批): a positive daily quantity; a catering business has an oil-water
 * separator or grease trap; the waste goes to the collector under the contract handed in.
 */
final class KitchenWaste implements ApprovalHandler {
    static final String CATERING = "餐饮服务单位";
    static final String[] CATEGORIES = {CATERING, "单位食堂", "食品生产加工单位"};

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("dailyQuantity").signum() <= 0) {
            return CheckResult.supplement(Finding.field("dailyQuantity", "日均产生量须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (CATERING.equals(a.text("category")) && !a.flag("greaseTrap")) {
            return List.of(Finding.field("greaseTrap", "餐饮服务单位应当设置油水分离（隔油）设施，不得将餐厨垃圾、废弃油脂排入下水道"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("kitchen-waste-registration", "餐厨垃圾产生登记回执")
                .text(a.applicant().name() + "（" + a.text("address") + "）日均产生餐厨垃圾" + Signboard.plain(a.decimal("dailyQuantity"))
                        + "千克，已登记，由签约收运单位每日收运。")
                .build());
    }
}
