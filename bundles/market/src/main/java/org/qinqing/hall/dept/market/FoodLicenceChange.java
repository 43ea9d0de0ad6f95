package org.qinqing.hall.dept.market;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.ProvidedMaterial;

/**
 * 食品经营许可变更: a change of premises needs a new licence, not a change; the changed licence keeps
 * its number and its term.
 */
final class FoodLicenceChange implements ApprovalHandler {
    static final String PREMISES = "经营场所";
    static final String[] TYPES = {"经营者名称", "法定代表人（负责人）", "经营项目", PREMISES};

    @Override
    public CheckResult check(Application a) {
        if (PREMISES.equals(a.text("changeType"))) {
            return CheckResult.reject("经营场所发生变化的，应当重新申请食品经营许可，不能办理变更");
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        ProvidedMaterial old = a.material("food-licence");
        String number = FoodRules.licenceNumber(old);
        return List.of(IssuedDocument.of(MarketItems.FOOD_LICENCE, "食品经营许可证（变更）")
                .validUntil(old == null ? null : old.validUntil())
                .text("许可证编号：" + number + "。经营者名称：" + a.applicant().name() + "。" + a.text("changeType") + "变更为："
                        + a.text("newValue") + "。有效期不变。")
                .attribute("licenceNumber", number)
                .build());
    }
}
