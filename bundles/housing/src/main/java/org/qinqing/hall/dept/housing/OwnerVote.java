package org.qinqing.hall.dept.housing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * Owners' decisions (民法典 Art. 278): owners holding at least two thirds of the exclusive area and
 * at least two thirds in number take part in the vote. Using the maintenance fund needs more than
 * half of the participating area and owners; rebuilding or altering the building (an added lift)
 * at least three quarters of both.
 */
final class OwnerVote implements ApprovalHandler {

    /** The majority a decision needs among the owners taking part. */
    enum Majority {
        SIMPLE("过半数"), THREE_QUARTERS("四分之三以上");

        final String label;

        Majority(String label) {
            this.label = label;
        }

        boolean reached(BigDecimal part, BigDecimal whole) {
            return this == SIMPLE ? part.multiply(BigDecimal.valueOf(2)).compareTo(whole) > 0
                    : part.multiply(BigDecimal.valueOf(4)).compareTo(whole.multiply(BigDecimal.valueOf(3))) >= 0;
        }
    }

    static final List<FormField> FIELDS = List.of(
            FormField.of("totalArea", "专有部分总面积（平方米）", FieldType.DECIMAL).build(),
            FormField.of("totalOwners", "业主总人数", FieldType.INTEGER).build(),
            FormField.of("votingArea", "参与表决业主的专有部分面积（平方米）", FieldType.DECIMAL).build(),
            FormField.of("votingOwners", "参与表决业主人数", FieldType.INTEGER).build(),
            FormField.of("consentArea", "同意业主的专有部分面积（平方米）", FieldType.DECIMAL).build(),
            FormField.of("consentOwners", "同意业主人数", FieldType.INTEGER).build());

    private final Majority majority;

    OwnerVote(Majority majority) {
        this.majority = majority;
    }

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("votingArea").compareTo(a.decimal("totalArea")) > 0 || a.integer("votingOwners") > a.integer("totalOwners")) {
            return CheckResult.supplement(Finding.field("votingOwners", "参与表决的面积或人数不能大于总面积或总人数"));
        }
        if (a.decimal("consentArea").compareTo(a.decimal("votingArea")) > 0 || a.integer("consentOwners") > a.integer("votingOwners")) {
            return CheckResult.supplement(Finding.field("consentOwners", "同意的面积或人数不能大于参与表决的面积或人数"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal three = BigDecimal.valueOf(3);
        BigDecimal two = BigDecimal.valueOf(2);
        boolean areaTakesPart = a.decimal("votingArea").multiply(three).compareTo(a.decimal("totalArea").multiply(two)) >= 0;
        boolean ownersTakePart = a.integer("votingOwners") * 3 >= a.integer("totalOwners") * 2;
        if (!areaTakesPart || !ownersTakePart) {
            out.add(Finding.field("votingOwners", "须由专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决"));
        }
        boolean area = majority.reached(a.decimal("consentArea"), a.decimal("votingArea"));
        boolean owners = majority.reached(BigDecimal.valueOf(a.integer("consentOwners")), BigDecimal.valueOf(a.integer("votingOwners")));
        if (!area || !owners) {
            out.add(Finding.field("consentOwners", "须经参与表决专有部分面积" + majority.label + "且参与表决人数" + majority.label + "的业主同意"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("owner-decision-filing", a.item().name() + "结果通知")
                .text("业主表决：参与表决" + a.integer("votingOwners") + "人，同意" + a.integer("consentOwners") + "人，符合法定表决比例。")
                .build());
    }
}
