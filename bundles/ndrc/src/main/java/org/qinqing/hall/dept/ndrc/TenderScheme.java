package org.qinqing.hall.dept.ndrc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 招标方案核准: only projects that must be tendered (施工单项合同估算价 400万元 or more,
 * 《必须招标的工程项目规定》 第五条); a state-controlled project (state funds above 50%) is tendered
 * openly unless one of the two cases of 实施条例 第八条 applies, shown with evidence; a self-organised
 * tender needs proof of the staff to organise it (第十条).
 */
final class TenderScheme implements ApprovalHandler {
    static final String[] METHODS = {"公开招标", "邀请招标"};
    static final String[] REASONS = {"技术复杂、有特殊要求或者受自然环境限制，只有少量潜在投标人可供选择",
        "采用公开招标方式的费用占项目合同金额的比例过大"};
    static final BigDecimal MUST_TENDER = BigDecimal.valueOf(400);
    static final BigDecimal CONTROLLING = BigDecimal.valueOf(50);

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("constructionValue").compareTo(MUST_TENDER) < 0) {
            return CheckResult.reject("施工单项合同估算价不足" + MUST_TENDER + "万元，不属于依法必须招标的项目，无需核准招标事项");
        }
        List<Finding> out = new ArrayList<>();
        BigDecimal share = a.decimal("stateShare");
        if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            out.add(Finding.field("stateShare", "国有资金占比须在0至100之间"));
        } else if (invitedStateControlled(a) && a.material("invitation-reasons") == null) {
            out.add(Finding.material("invitation-reasons", "国有资金控股项目申请邀请招标，须提交邀请招标理由及证明材料"));
        }
        if ("自行招标".equals(a.text("organisation")) && a.material("self-tender-capacity") == null) {
            out.add(Finding.material("self-tender-capacity", "申请自行招标须提交具有编制招标文件和组织评标能力的证明"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        if (invitedStateControlled(a) && a.text("invitationReason") == null) {
            return List.of(Finding.field("invitationReason", "国有资金占控股地位的依法必须招标项目应当公开招标，邀请招标须符合"
                    + "《中华人民共和国招标投标法实施条例》第八条规定的情形"));
        }
        return List.of();
    }

    private static boolean invitedStateControlled(Application a) {
        return "邀请招标".equals(a.text("method")) && a.decimal("stateShare").compareTo(CONTROLLING) > 0;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("tender-scheme-approval", "招标事项核准意见")
                .text("核准招标范围为全部施工、重要设备材料及勘察设计监理服务，招标方式为" + a.text("method") + "，招标组织形式为"
                        + a.text("organisation") + "。")
                .attribute("method", a.text("method"))
                .attribute("organisation", a.text("organisation"))
                .build());
    }
}
