package org.qinqing.hall.dept.edu;

import java.util.Map;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 普通高中国家助学金: the difficulty type is proven by the matching certificate (subsistence
 * allowance, extreme-hardship support, disability card); the grant is the national average of
 * 2,000 yuan per student per year.
 */
final class StudentAid implements ApprovalHandler {
    static final String SUBSISTENCE = "subsistence-allowance-certificate";
    static final String HARDSHIP = "special-hardship-certificate";
    static final String[] TYPES = {"最低生活保障家庭", "特困供养人员", "孤儿", "残疾学生", "其他家庭经济困难"};
    static final Map<String, String> PROOF = Map.of("最低生活保障家庭", "subsistence-proof", "特困供养人员", "hardship-proof",
            "残疾学生", "disability-card");
    static final int ANNUAL_GRANT = 2000;

    @Override
    public CheckResult check(Application a) {
        String proof = PROOF.get(a.text("difficulty"));
        if (proof != null && a.material(proof) == null) {
            return CheckResult.supplement(Finding.material(proof, a.text("difficulty") + "须提交" + a.item().material(proof).name()));
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("subsidy-decision", "普通高中国家助学金核定通知")
                .validUntil(a.date().plusYears(1))
                .text("经认定为家庭经济困难学生（" + a.text("difficulty") + "），本学年核定国家助学金人民币" + ANNUAL_GRANT + "元，分学期发放。")
                .attribute("amount", String.valueOf(ANNUAL_GRANT))
                .build());
    }
}
