package org.qinqing.hall.dept.finance;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 财政票据领购 (《财政票据管理办法》): a first purchase needs the basis of the charges or funds, a
 * further purchase the purchase card and the previous bills all verified (验旧购新); at most three
 * months' usage per purchase, at most 100 for a first purchase. A first purchase also issues the
 * purchase card.
 */
final class FiscalBills implements ApprovalHandler {
    static final long FIRST_LIMIT = 100;
    static final long MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.flag("firstTime")) {
            if (a.material("charge-basis") == null) {
                out.add(Finding.material("charge-basis", "首次领购须提交收费或资金往来依据"));
            }
        } else {
            if (a.material("bill-card") == null) {
                out.add(Finding.material("bill-card", "再次领购须提交财政票据领购证"));
            }
            if (a.material("verification") == null) {
                out.add(Finding.material("verification", "再次领购须提交上次领用票据使用情况及核销记录"));
            }
        }
        if (a.integer("quantity") <= 0) {
            out.add(Finding.field("quantity", "领购数量须大于0"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        boolean first = a.flag("firstTime");
        if (!first && !a.flag("previousVerified")) {
            out.add(Finding.field("previousVerified", "上次领用的票据未全部核销，按“验旧购新”原则不予发放"));
        }
        long limit = limit(a);
        if (a.integer("quantity") > limit) {
            out.add(Finding.field("quantity", "本次领购" + a.integer("quantity") + "份，超过可领购上限" + limit + "份"
                    + (first ? "（首次领购）" : "（近3个月平均月使用量的3倍）")));
        }
        return out;
    }

    static long limit(Application a) {
        return a.flag("firstTime") ? FIRST_LIMIT : a.integer("monthlyUsage") * MONTHS;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        List<IssuedDocument> out = new ArrayList<>();
        out.add(IssuedDocument.of("fiscal-bill-issue", "财政票据发放单")
                .text("发放" + a.text("billType") + a.integer("quantity") + "份，请按规定使用并按期办理核销。")
                .attribute("billType", a.text("billType"))
                .attribute("quantity", String.valueOf(a.integer("quantity")))
                .build());
        if (a.flag("firstTime")) {
            out.add(IssuedDocument.of("fiscal-bill-card", "财政票据领购证")
                    .text(a.applicant().name() + "准予领购" + a.text("billType") + "。").attribute("billType", a.text("billType")).build());
        }
        return out;
    }
}
