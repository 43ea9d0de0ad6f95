package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 仅销售预包装食品备案 (秒批): only for businesses that sell nothing but pre-packaged food (selling
 * bulk food needs the licence), with food in the business scope.
 */
final class PrepackagedFoodFiling implements ApprovalHandler {

    @Override
    public CheckResult check(Application a) {
        if (a.flag("sellsBulkFood")) {
            return CheckResult.reject("销售散装食品的，不适用备案，应当申请食品经营许可");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        Finding scope = FoodRules.scopeFinding(a, "食品");
        return scope == null ? List.of() : List.of(scope);
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Licences.number("YB", "1" + FoodRules.REGION_NANSHAN, a);
        return List.of(IssuedDocument.of("prepackaged-food-filing", "仅销售预包装食品备案信息采集表")
                .text("备案编号：" + number + "。经营者：" + a.applicant().name() + "。经营场所：" + a.text("address") + "。")
                .attribute("filingNumber", number)
                .build());
    }
}
