package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 托育机构备案 (托育机构设置标准（试行）): infant classes (6-12 months) hold at most 10 children with a
 * carer for every 3; toddler classes (12-24 months) at most 15 with a carer for every 5; senior
 * classes (24-36 months) at most 20 with a carer for every 7.
 */
final class ChildcareFiling implements ApprovalHandler {

    /** One age group: form field prefix, label, class size limit and children per carer. */
    record Group(String children, String classes, String carers, String label, int maxClassSize, int perCarer) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("infants", "infantClasses", "infantCarers", "乳儿班", 10, 3),
            new Group("toddlers", "toddlerClasses", "toddlerCarers", "托小班", 15, 5),
            new Group("seniors", "seniorClasses", "seniorCarers", "托大班", 20, 7));

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        for (Group g : GROUPS) {
            long children = a.integer(g.children());
            long classes = a.integer(g.classes());
            long carers = a.integer(g.carers());
            if (children > classes * g.maxClassSize()) {
                out.add(Finding.field(g.children(), g.label() + "每班不超过" + g.maxClassSize() + "人，" + classes + "个班最多"
                        + classes * g.maxClassSize() + "人，申报" + children + "人"));
            }
            long needed = (children + g.perCarer() - 1) / g.perCarer();
            if (carers < needed) {
                out.add(Finding.field(g.carers(), g.label() + "保育人员与婴幼儿之比不低于1:" + g.perCarer() + "，" + children + "名婴幼儿至少需"
                        + needed + "名保育人员，现有" + carers + "名"));
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        long total = GROUPS.stream().mapToLong(g -> a.integer(g.children())).sum();
        return List.of(IssuedDocument.of("childcare-filing", "托育机构备案回执")
                .text(a.applicant().name() + "，托位" + total + "个，已备案。").build());
    }
}
