package org.qinqing.hall.dept.housing;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 保障性住房申请: the applicant is an adult and nobody in the household owns a home in Shenzhen.
 * Public rental and shared-ownership housing are for Shenzhen-registered households; shared
 * ownership is for first-time beneficiaries only.
 */
final class PublicHousing implements ApprovalHandler {
    static final String LOCAL = "深圳市户籍";
    static final String NON_LOCAL = "非深圳市户籍";
    static final int ADULT = 18;

    private final boolean localOnly;
    private final boolean firstTimeOnly;

    PublicHousing(boolean localOnly, boolean firstTimeOnly) {
        this.localOnly = localOnly;
        this.firstTimeOnly = firstTimeOnly;
    }

    @Override
    public CheckResult check(Application a) {
        if (localOnly && !LOCAL.equals(a.text("hukou"))) {
            return CheckResult.reject(a.item().name() + "面向本市户籍家庭，非深圳户籍人员可申请保障性租赁住房");
        }
        if (LOCAL.equals(a.text("hukou")) && a.material("household-register") == null) {
            return CheckResult.supplement(Finding.material("household-register", "本市户籍申请人须提交户口簿"));
        }
        if (a.integer("householdSize") < 1) {
            return CheckResult.supplement(Finding.field("householdSize", "家庭成员人数至少为1人"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.applicant().ageOn(a.date()) < ADULT) {
            out.add(Finding.rule("申请人须年满18周岁"));
        }
        if (a.flag("ownsHome")) {
            out.add(Finding.field("ownsHome", "申请人及共同申请的家庭成员在本市拥有自有住房的，不符合申请条件"));
        }
        if (firstTimeOnly && a.flag("previouslyBenefited")) {
            out.add(Finding.field("previouslyBenefited", "已购买过政策性住房或享受过购房优惠政策的，不得申请共有产权住房"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("housing-waiting-qualification", a.item().name() + "资格确认通知")
                .text(a.applicant().name() + "（家庭" + a.integer("householdSize") + "人）通过资格审核，纳入轮候册，按轮候排序配置。")
                .build());
    }
}
