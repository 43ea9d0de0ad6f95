package org.qinqing.hall.dept.justice;

import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 法律援助 (法律援助法). Civil and administrative matters are those of Art. 31. An applicant in a
 * situation of Art. 32 is not bound by the economic-hardship condition; one of the groups of Art.
 * 42 is exempt from its verification with proof of belonging to the group; everyone else states
 * their economic hardship (Art. 41). The exempt situations must match the matter applied for.
 */
final class LegalAid implements ApprovalHandler {
    static final String STATE_COMPENSATION = "依法请求国家赔偿";
    static final String WAGES = "请求确认劳动关系或者支付劳动报酬";
    static final String INJURY = "请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿";
    static final String OTHER = "其他事项";
    static final String[] MATTERS = {STATE_COMPENSATION, "请求给予社会保险待遇或者社会救助", "请求发给抚恤金",
        "请求给付赡养费、抚养费、扶养费", WAGES, "请求认定公民无民事行为能力或者限制民事行为能力", INJURY,
        "请求环境污染、生态破坏损害赔偿", OTHER};

    static final String NONE = "无";
    static final String ACQUITTED = "再审改判无罪请求国家赔偿";
    static final String MIGRANT_WORKER = "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员";
    /** Art. 32: not bound by the economic-hardship condition. */
    static final Set<String> UNCONDITIONAL = Set.of("英雄烈士近亲属维护英雄烈士人格权益", "因见义勇为行为主张相关民事权益", ACQUITTED,
            "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益");
    /** Art. 42: exempt from verifying the economic hardship, with proof. */
    static final Set<String> EXEMPT = Set.of("无固定生活来源的未成年人、老年人、残疾人", "社会救助、司法救助或者优抚对象", MIGRANT_WORKER);
    static final String[] CATEGORIES = {NONE, "英雄烈士近亲属维护英雄烈士人格权益", "因见义勇为行为主张相关民事权益", ACQUITTED,
        "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益", "无固定生活来源的未成年人、老年人、残疾人", "社会救助、司法救助或者优抚对象",
        MIGRANT_WORKER};

    @Override
    public CheckResult check(Application a) {
        String category = a.text("category");
        if (EXEMPT.contains(category) && a.material("exemption-proof") == null) {
            return CheckResult.supplement(Finding.material("exemption-proof", "属于“" + category + "”的，须提交相应证明材料，免予核查经济困难状况"));
        }
        if (NONE.equals(category) && a.material("hardship-statement") == null) {
            return CheckResult.supplement(Finding.material("hardship-statement", "因经济困难申请法律援助的，须如实填写经济困难状况说明表"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        String matter = a.text("matter");
        String category = a.text("category");
        if (OTHER.equals(matter)) {
            return List.of(Finding.field("matter", "申请事项不属于《法律援助法》第三十一条规定的法律援助范围"));
        }
        if (ACQUITTED.equals(category) && !STATE_COMPENSATION.equals(matter)) {
            return List.of(Finding.field("category", "“再审改判无罪”情形只适用于请求国家赔偿"));
        }
        if (MIGRANT_WORKER.equals(category) && !(WAGES.equals(matter) || INJURY.equals(matter))) {
            return List.of(Finding.field("category", "进城务工人员免予核查经济困难只适用于追索劳动报酬或工伤赔偿"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("legal-aid-decision", "给予法律援助决定书")
                .text("决定给予" + a.applicant().name() + "法律援助，事项：" + a.text("matter") + "，由法律援助机构指派法律援助人员承办。")
                .build());
    }
}
