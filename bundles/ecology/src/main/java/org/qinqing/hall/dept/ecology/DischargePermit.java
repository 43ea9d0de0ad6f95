package org.qinqing.hall.dept.ecology;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 排污许可证核发 (《排污许可管理条例》第八条、第十一条). Key-management units hand in their self-monitoring
 * plan; there is at least one outlet; emissions meet the standards and stay within the total quota
 * for key pollutants. The permit is valid five years (第十四条).
 */
final class DischargePermit implements ApprovalHandler {
    static final String KEY = "重点管理";
    static final String SIMPLIFIED = "简化管理";
    static final int VALID_YEARS = 5;

    @Override
    public CheckResult check(Application a) {
        if (KEY.equals(a.text("management")) && a.material("monitoring-plan") == null) {
            return CheckResult.supplement(Finding.material("monitoring-plan", "实行重点管理的排污单位须提交自行监测方案"));
        }
        if (a.integer("outlets") < 1) {
            return CheckResult.supplement(Finding.field("outlets", "须申报至少一个排放口"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("meetsStandards")) {
            out.add(Finding.field("meetsStandards", "污染物排放不符合污染物排放标准要求，不予核发排污许可证"));
        }
        if (a.decimal("annualEmission").compareTo(a.decimal("totalQuota")) > 0) {
            out.add(Finding.field("annualEmission", "申请的年许可排放量" + a.decimal("annualEmission").stripTrailingZeros().toPlainString()
                    + "吨超过重点污染物排放总量控制指标" + a.decimal("totalQuota").stripTrailingZeros().toPlainString() + "吨"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = a.applicant().number() + "001P";
        return List.of(IssuedDocument.of(EcologyItems.DISCHARGE_PERMIT_KIND, "排污许可证")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("证书编号：" + number + "。单位名称：" + a.applicant().name() + "。管理类别：" + a.text("management") + "。主要污染物："
                        + a.text("pollutants") + "。年许可排放量" + a.decimal("annualEmission").stripTrailingZeros().toPlainString() + "吨。")
                .attribute("permitNumber", number)
                .attribute("management", a.text("management"))
                .build());
    }
}
