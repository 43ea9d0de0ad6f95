package org.qinqing.hall.dept.justice;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 基层法律服务工作者执业核准: a bachelor's degree or above — in law, or in another subject together
 * with proven legal knowledge; no criminal penalty other than for negligence; never dismissed from
 * public office nor stripped of a practising certificate.
 */
final class LegalWorkerLicence implements ApprovalHandler {
    static final String COLLEGE = "大学专科";
    static final String LAW_BACHELOR = "大学本科（法律专业）";
    static final String OTHER_BACHELOR = "大学本科（非法律专业）";
    static final String LAW_GRADUATE = "研究生（法律专业）";
    static final String OTHER_GRADUATE = "研究生（非法律专业）";
    static final String[] EDUCATION = {COLLEGE, LAW_BACHELOR, OTHER_BACHELOR, LAW_GRADUATE, OTHER_GRADUATE};
    static final String CLEAN = "无";
    static final String NEGLIGENCE = "受过过失犯罪刑事处罚";
    static final String INTENT = "受过故意犯罪刑事处罚";
    static final String[] RECORDS = {CLEAN, NEGLIGENCE, INTENT};

    @Override
    public CheckResult check(Application a) {
        String e = a.text("education");
        if ((OTHER_BACHELOR.equals(e) || OTHER_GRADUATE.equals(e)) && a.material("law-knowledge") == null) {
            return CheckResult.supplement(Finding.material("law-knowledge", "非法律专业学历的，须提交法律职业资格证书或法律专业知识考核合格证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (COLLEGE.equals(a.text("education"))) {
            out.add(Finding.field("education", "基层法律服务工作者须具有高等学校本科以上学历"));
        }
        if (INTENT.equals(a.text("criminalRecord"))) {
            out.add(Finding.field("criminalRecord", "受过刑事处罚的（过失犯罪除外），不予核准执业"));
        }
        if (a.flag("dismissedOrRevoked")) {
            out.add(Finding.field("dismissedOrRevoked", "被开除公职或者被吊销执业证书的，不予核准执业"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(JusticeItems.WORKER_LICENCE, "基层法律服务工作者执业证")
                .text(a.applicant().name() + "经核准从事基层法律服务工作，执业证须按年度注册。")
                .build());
    }
}
