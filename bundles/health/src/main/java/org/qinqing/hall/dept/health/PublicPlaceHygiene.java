package org.qinqing.hall.dept.health;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 公共场所卫生许可: swimming venues add a water quality report; the licence is valid four years. */
final class PublicPlaceHygiene implements ApprovalHandler {
    static final String SWIMMING = "游泳场所";
    static final String[] CATEGORIES = {"住宿场所", "沐浴场所", "美容美发场所", SWIMMING, "文化娱乐场所"};

    @Override
    public CheckResult check(Application a) {
        if (SWIMMING.equals(a.text("category")) && a.material("water-quality") == null) {
            return CheckResult.supplement(Finding.material("water-quality", "游泳场所须提交水质检测报告"));
        }
        if (a.decimal("area").compareTo(BigDecimal.ZERO) <= 0) {
            return CheckResult.supplement(Finding.field("area", "营业面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("public-place-hygiene-licence", "公共场所卫生许可证")
                .validUntil(a.date().plusYears(4))
                .text(a.applicant().name() + "，场所类别：" + a.text("category") + "，面积" + a.decimal("area") + "平方米。")
                .build());
    }
}
