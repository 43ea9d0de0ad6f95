package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 粮食收购企业备案 (《粮食流通管理条例》 第九条): the storage facilities are part of the filing and
 * are proven when stated; they must hold at least one month of the planned annual purchase.
 */
final class GrainPurchaseFiling implements ApprovalHandler {
    static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("annualVolume").signum() <= 0) {
            out.add(Finding.field("annualVolume", "预计年收购量须大于0"));
        }
        if (a.decimal("storageCapacity").signum() > 0 && a.material("storage-proof") == null) {
            out.add(Finding.material("storage-proof", "填报了仓容的，须提交仓储设施产权证明或租赁合同"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        BigDecimal monthly = a.decimal("annualVolume").divide(MONTHS, 0, RoundingMode.UP);
        if (a.decimal("storageCapacity").compareTo(monthly) < 0) {
            return List.of(Finding.field("storageCapacity", "仓容" + a.decimal("storageCapacity").toPlainString() + "吨，不足与收购规模相适应的"
                    + monthly.toPlainString() + "吨（1个月收购量）"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("grain-purchase-filing", "粮食收购企业备案回执")
                .text(a.applicant().name() + "（负责人" + a.text("principal") + "）已在南山区备案从事粮食收购，仓容"
                        + a.decimal("storageCapacity").toPlainString() + "吨。备案信息变化的，应自变化之日起及时变更备案。")
                .build());
    }
}
