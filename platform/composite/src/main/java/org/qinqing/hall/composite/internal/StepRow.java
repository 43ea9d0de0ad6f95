package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A row of {@code composite_step}. */
final class StepRow {
    /**
     * Steps in their order. Sorted in Java, not by {@code ORDER BY seq}: Derby ran its sorter for
     * the handful of rows of a composite, a tenth of the writer's time.
     */
    static final Comparator<StepRow> IN_ORDER = Comparator.comparingInt(s -> s.seq);

    long caseId;
    String stepId;
    int seq;
    String itemCode;
    String department;
    List<String> dependsOn;
    int promisedDays;
    int legalDays;
    String stepJson;
    String status;
    String subCase;
    String message;
    LocalDate startedOn;
    LocalDate doneOn;
    boolean delivered;

    boolean is(String s) {
        return status.equals(s);
    }

    StepRow copy() {
        StepRow c = new StepRow();
        c.caseId = caseId;
        c.stepId = stepId;
        c.seq = seq;
        c.itemCode = itemCode;
        c.department = department;
        c.dependsOn = dependsOn;
        c.promisedDays = promisedDays;
        c.legalDays = legalDays;
        c.stepJson = stepJson;
        c.status = status;
        c.subCase = subCase;
        c.message = message;
        c.startedOn = startedOn;
        c.doneOn = doneOn;
        c.delivered = delivered;
        return c;
    }
}
