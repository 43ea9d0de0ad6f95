package org.qinqing.hall.dept.hr;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 初级专业技术资格认定: the years of professional work after graduation each level requires —
 * 员级: secondary vocational 1 year, college or above none; 助理级: college 3 years, bachelor 1 year,
 * postgraduates none; secondary vocational graduates first obtain 员级.
 */
final class JuniorTitle implements ApprovalHandler {
    static final String CLERK = "员级";
    static final String ASSISTANT = "助理级";
    static final String SECONDARY = "中专";
    static final String[] EDUCATION = {SECONDARY, "大专", "本科", "硕士研究生", "博士研究生"};
    static final Map<String, Integer> CLERK_YEARS = Map.of(SECONDARY, 1, "大专", 0, "本科", 0, "硕士研究生", 0, "博士研究生", 0);
    static final Map<String, Integer> ASSISTANT_YEARS = Map.of("大专", 3, "本科", 1, "硕士研究生", 0, "博士研究生", 0);

    @Override
    public List<Finding> review(Application a) {
        String education = a.text("education");
        String level = a.text("level");
        Integer years = (CLERK.equals(level) ? CLERK_YEARS : ASSISTANT_YEARS).get(education);
        if (years == null) {
            return List.of(Finding.field("level", "中专学历不能直接认定助理级，须先取得员级专业技术资格"));
        }
        if (a.integer("workYears") < years) {
            return List.of(Finding.field("workYears", education + "学历认定" + level + "须从事本专业技术工作满" + years + "年，现为"
                    + a.integer("workYears") + "年"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("professional-title", "专业技术资格证书（" + a.text("level") + "）")
                .text(a.applicant().name() + "具备" + a.text("level") + "专业技术资格。")
                .attribute("level", a.text("level"))
                .build());
    }
}
