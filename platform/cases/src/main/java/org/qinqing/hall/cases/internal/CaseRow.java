package org.qinqing.hall.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.qinqing.hall.api.CaseStatus;

/** A row of {@code hall_case}: the internal, mutable form of a case during one operation. */
final class CaseRow {
    long id;
    String caseNumber;
    String itemCode;
    String itemName;
    String itemVersion;
    String itemSnapshot;
    String department;
    String departmentName;
    String applicant;
    String applicantKind;
    String applicantName;
    String agent;
    CaseStatus status;
    String channel;
    String window;
    String accessCode;
    Instant submittedAt;
    String submittedBy;
    Instant acceptedAt;
    LocalDate acceptedOn;
    String limitUnit;
    int promisedDays;
    int legalDays;
    LocalDate promisedDeadline;
    LocalDate legalDeadline;
    int calendarVersion;
    /** The composite step this case carries out, or {@code null}. */
    String origin;
    int visits;
    int maxVisits;
    String formJson;
    String findingsJson;
    String decisionReason;
    String decidedBy;
    Instant decidedAt;
    Instant closedAt;
    int version;
    LocalDate yellowOn;
    int slaRung;
    LocalDate nextRungOn;
    LocalDate pausedSince;
    int pausedDays;
    int extensionDays;
    LocalDate decidedOn;
    Integer elapsedDays;
    LocalDate closedOn;
    /** The materials as JSON ({@link MaterialsJson}), or {@code null} for a case written before V6: its case_material rows. */
    String materialsJson;
    /** The kept row this one was copied from when read through the {@link CaseCache}, or {@code null}. */
    CaseRow keptFrom;

    CaseRow copy() {
        CaseRow c = new CaseRow();
        c.id = id;
        c.caseNumber = caseNumber;
        c.itemCode = itemCode;
        c.itemName = itemName;
        c.itemVersion = itemVersion;
        c.itemSnapshot = itemSnapshot;
        c.department = department;
        c.departmentName = departmentName;
        c.applicant = applicant;
        c.applicantKind = applicantKind;
        c.applicantName = applicantName;
        c.agent = agent;
        c.status = status;
        c.channel = channel;
        c.window = window;
        c.accessCode = accessCode;
        c.submittedAt = submittedAt;
        c.submittedBy = submittedBy;
        c.acceptedAt = acceptedAt;
        c.acceptedOn = acceptedOn;
        c.limitUnit = limitUnit;
        c.promisedDays = promisedDays;
        c.legalDays = legalDays;
        c.promisedDeadline = promisedDeadline;
        c.legalDeadline = legalDeadline;
        c.calendarVersion = calendarVersion;
        c.origin = origin;
        c.materialsJson = materialsJson;
        c.visits = visits;
        c.maxVisits = maxVisits;
        c.formJson = formJson;
        c.findingsJson = findingsJson;
        c.decisionReason = decisionReason;
        c.decidedBy = decidedBy;
        c.decidedAt = decidedAt;
        c.closedAt = closedAt;
        c.version = version;
        c.yellowOn = yellowOn;
        c.slaRung = slaRung;
        c.nextRungOn = nextRungOn;
        c.pausedSince = pausedSince;
        c.pausedDays = pausedDays;
        c.extensionDays = extensionDays;
        c.decidedOn = decidedOn;
        c.elapsedDays = elapsedDays;
        c.closedOn = closedOn;
        c.keptFrom = keptFrom;
        return c;
    }
}
