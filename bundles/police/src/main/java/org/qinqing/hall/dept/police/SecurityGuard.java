package org.qinqing.hall.dept.police;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 保安员证 (保安服务管理条例 Arts. 16, 17): 18 or older with at least junior secondary education; not
 * for anyone penalised for an intentional crime, or ever held in custody education, compulsory drug
 * rehabilitation, re-education through labour or three or more times in administrative detention,
 * nor within three years of a revocation or after two revocations.
 */
final class SecurityGuard implements ApprovalHandler {
    static final int MIN_AGE = 18;
    static final String[] EDUCATION = {"小学及以下", "初中", "高中（含中专）", "大专及以上"};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.applicant().ageOn(a.date()) < MIN_AGE) {
            out.add(Finding.rule("申领保安员证须年满18周岁"));
        }
        if (EDUCATION[0].equals(a.text("education"))) {
            out.add(Finding.field("education", "申领保安员证须具有初中以上学历"));
        }
        if (a.flag("criminalRecord")) {
            out.add(Finding.field("criminalRecord", "因故意犯罪被刑事处罚的，或曾被收容教育、强制隔离戒毒、劳动教养或者3次以上行政拘留的，不得担任保安员"));
        }
        if (a.flag("revokedWithinThreeYears")) {
            out.add(Finding.field("revokedWithinThreeYears", "被吊销保安员证未满3年或者曾两次被吊销保安员证的，不得担任保安员"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("security-guard-certificate", "保安员证")
                .text(a.applicant().name() + "，经审查核准，发给保安员证，全国范围内有效。").build());
    }
}
