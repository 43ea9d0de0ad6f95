package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code composite_step}. */
final class StepRow {
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
}
