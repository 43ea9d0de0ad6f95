package org.qinqing.hall.dept.sci;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 科技成果登记 (《科技成果登记办法》): classified results are not registered here; an applied technical
 * result needs an evaluation or an intellectual-property proof, a basic theoretical result its papers
 * or monographs, a soft-science result its evaluation or acceptance proof.
 */
final class AchievementRegistration implements ApprovalHandler {
    static final String[] CATEGORIES = {"应用技术成果", "基础理论成果", "软科学研究成果"};

    @Override
    public CheckResult check(Application a) {
        if (a.flag("classified")) {
            return CheckResult.reject("涉及国家秘密的科技成果按照国家科学技术保密规定办理，不在此登记");
        }
        if (a.date("completedDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("completedDate", "成果完成日期不能晚于登记日期"));
        }
        String category = a.text("category");
        boolean evaluation = a.material("evaluation-proof") != null;
        if (CATEGORIES[0].equals(category) && !evaluation && a.material("ip-proof") == null) {
            return CheckResult.supplement(Finding.material("evaluation-proof", "应用技术成果须提交评价证明或知识产权证明"));
        }
        if (CATEGORIES[1].equals(category) && a.material("papers") == null) {
            return CheckResult.supplement(Finding.material("papers", "基础理论成果须提交学术论文、学术专著或检索证明"));
        }
        if (CATEGORIES[2].equals(category) && !evaluation) {
            return CheckResult.supplement(Finding.material("evaluation-proof", "软科学研究成果须提交评价证明或验收证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = a.date().getYear() + "44030500" + a.caseNumber().replaceAll("\\D", "");
        return List.of(IssuedDocument.of("sci-achievement-registration", "科技成果登记证书")
                .text("成果名称：" + a.text("title") + "；类别：" + a.text("category") + "；完成日期：" + a.date("completedDate") + "；登记号" + number + "。")
                .attribute("registrationNumber", number)
                .attribute("category", a.text("category"))
                .build());
    }
}
