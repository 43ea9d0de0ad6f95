package org.qinqing.hall.dept.planning;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 不动产登记资料查询 (秒批, 《不动产登记资料查询暂行办法》): the holder sees the full records; an
 * interested party proves the interest and sees only the natural state, the holder's name, co-ownership
 * and seizures or mortgages.
 */
final class RecordsQuery implements ApprovalHandler {
    static final String HOLDER = "权利人";
    static final String INTERESTED = "利害关系人";

    @Override
    public CheckResult check(Application a) {
        if (INTERESTED.equals(a.text("role")) && a.material("interest-proof") == null) {
            return CheckResult.supplement(Finding.material("interest-proof", "利害关系人查询的，须提交存在买卖、租赁、诉讼等利害关系的证明材料"));
        }
        return CheckResult.accept();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean holder = HOLDER.equals(a.text("role"));
        return List.of(IssuedDocument.of("real-estate-record-extract", "不动产登记资料查询结果证明")
                .validUntil(a.date().plusMonths(1))
                .text(a.text("property") + (holder ? "：登记簿全部记载事项见附件。" : "：自然状况、权利人姓名或名称、共有情况、查封及抵押情况见附件。")
                        + "查询目的：" + a.text("purpose") + "。")
                .attribute("scope", holder ? "全部" : "利害关系人可查询范围")
                .build());
    }
}
