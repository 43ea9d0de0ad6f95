package org.qinqing.hall.dept.sci;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 港澳青年创新创业基地入驻: Hong Kong and Macao residents — their residence-permit numbers start with
 * 81 and 82 — aged 18 to 45, with a team of at most 10 for a workstation. Incubation lasts 2 years.
 */
final class HkMacaoYouth implements ApprovalHandler {
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 45;
    static final long MAX_TEAM = 10;
    static final int INCUBATION_YEARS = 2;

    @Override
    public CheckResult check(Application a) {
        String region = a.applicant().regionCode();
        if (!region.startsWith("81") && !region.startsWith("82")) {
            return CheckResult.reject("基地面向持港澳居民居住证的港澳青年，申请人证件号码不是港澳居民居住证号码（81、82开头）");
        }
        if (a.integer("teamSize") < 1) {
            return CheckResult.supplement(Finding.field("teamSize", "团队人数须至少为1人"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        int age = a.applicant().ageOn(a.date());
        if (age < MIN_AGE || age > MAX_AGE) {
            out.add(Finding.rule("申请人" + age + "周岁，入驻须为" + MIN_AGE + "至" + MAX_AGE + "周岁的港澳青年"));
        }
        if (a.integer("teamSize") > MAX_TEAM) {
            out.add(Finding.field("teamSize", "团队" + a.integer("teamSize") + "人，基地工位按不超过" + MAX_TEAM + "人的团队配置，请申请孵化器入驻"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("hk-macao-youth-base-entry", "港澳青年创新创业基地入驻通知")
                .validUntil(a.date().plusYears(INCUBATION_YEARS))
                .text("“" + a.text("projectName") + "”项目团队获准免费入驻南山区港澳青年创新创业基地，孵化期至" + a.date().plusYears(INCUBATION_YEARS) + "。")
                .build());
    }
}
