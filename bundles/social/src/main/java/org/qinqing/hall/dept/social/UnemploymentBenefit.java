package org.qinqing.hall.dept.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 失业保险金 (《失业保险条例》第十四条、第十七条): employment ended against the person's will, at least
 * one year of contributions, registered as unemployed and looking for work, below retirement age.
 * At most 12 months for 1 to 5 years of contributions, 18 for 5 to 10, 24 for 10 or more.
 */
final class UnemploymentBenefit implements ApprovalHandler {
    static final String RESIGNED = "本人主动辞职";
    static final String[] REASONS = {"劳动合同期满终止", "用人单位解除劳动合同", "用人单位破产、撤销或被吊销营业执照",
        "因用人单位过错由本人解除劳动合同", RESIGNED};
    static final int MIN_MONTHS = 12;

    static int months(long contributionMonths) {
        return contributionMonths >= 120 ? 24 : contributionMonths >= 60 ? 18 : 12;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.date("separationDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("separationDate", "劳动关系终止日期不能晚于申请日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (RESIGNED.equals(a.text("separationReason"))) {
            out.add(Finding.field("separationReason", "因本人意愿中断就业的，不能领取失业保险金"));
        }
        if (a.integer("contributionMonths") < MIN_MONTHS) {
            out.add(Finding.field("contributionMonths", "失业前单位和本人缴纳失业保险费不满1年"));
        }
        if (!a.flag("jobSeeking")) {
            out.add(Finding.field("jobSeeking", "须已办理失业登记并有求职要求"));
        }
        LocalDate retirement = WorkingAge.retirement(a.applicant(), a.text("post"));
        if (!a.date().isBefore(retirement)) {
            out.add(Finding.rule("已达法定退休年龄，不属于失业人员"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        int months = months(a.integer("contributionMonths"));
        return List.of(IssuedDocument.of("unemployment-benefit-decision", "失业保险金核定通知")
                .validUntil(a.date().plusMonths(months))
                .text(a.applicant().name() + "累计缴费" + a.integer("contributionMonths") + "个月，核定领取失业保险金" + months
                        + "个月，按本市最低工资标准的90%按月发放，领取期间由失业保险基金代缴基本医疗保险费。")
                .attribute("months", String.valueOf(months))
                .build());
    }
}
