package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.PartyType;

/**
 * 分布式光伏发电项目备案: an adult resident files a household project of at most 50 kW, an
 * enterprise a project of at most 6 MW; on someone else's roof the roof agreement is required; the
 * roof is in Nanshan. Filed instantly (秒批), valid for 2 years.
 */
final class DistributedPv implements ApprovalHandler {
    static final BigDecimal HOUSEHOLD_KW = BigDecimal.valueOf(50);
    static final BigDecimal ENTERPRISE_KW = BigDecimal.valueOf(6_000);
    static final int ADULT = 18;
    static final int VALID_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        if (a.applicant().kind() == PartyType.PERSON && a.applicant().ageOn(a.date()) < ADULT) {
            return CheckResult.reject("户用光伏项目须由年满" + ADULT + "周岁的房屋产权人申请");
        }
        List<Finding> out = new ArrayList<>();
        if (a.decimal("capacityKw").signum() <= 0) {
            out.add(Finding.field("capacityKw", "装机容量须大于0"));
        }
        if (!a.flag("ownRoof") && a.material("roof-agreement") == null) {
            out.add(Finding.material("roof-agreement", "在他人屋顶建设的，须提交屋顶租赁或使用协议"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.text("address").contains("南山")) {
            out.add(Finding.field("address", "项目不在南山区，请向项目所在区备案"));
        }
        boolean person = a.applicant().kind() == PartyType.PERSON;
        BigDecimal max = person ? HOUSEHOLD_KW : ENTERPRISE_KW;
        if (a.decimal("capacityKw").compareTo(max) > 0) {
            out.add(Finding.field("capacityKw", (person ? "居民户用" : "单位") + "分布式光伏项目装机容量不超过" + max.toPlainString() + "千瓦"));
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("distributed-pv-filing", "分布式光伏发电项目备案证")
                .validUntil(a.date().plusYears(VALID_YEARS))
                .text("项目地址：" + a.text("address") + "；装机容量" + a.decimal("capacityKw").toPlainString() + "千瓦。凭本备案证向供电企业申请并网。")
                .attribute("capacityKw", a.decimal("capacityKw").toPlainString())
                .build());
    }
}
