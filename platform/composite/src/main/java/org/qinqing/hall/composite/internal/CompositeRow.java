package org.qinqing.hall.composite.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code composite_case}. */
final class CompositeRow {
    long id;
    String caseNumber;
    String code;
    String name;
    String bundleVersion;
    String applicant;
    String applicantName;
    String agent;
    String channel;
    String window;
    String accessCode;
    Instant submittedAt;
    String submittedBy;
    LocalDate acceptedOn;
    LocalDate promisedDeadline;
    LocalDate legalDeadline;
    String status;
    int visits;
    String formJson;
    String materialsJson;
    String profileJson;
    String decisionReason;
    LocalDate approvedOn;
    Instant closedAt;
    int version;

    CompositeRow copy() {
        CompositeRow c = new CompositeRow();
        c.id = id;
        c.caseNumber = caseNumber;
        c.code = code;
        c.name = name;
        c.bundleVersion = bundleVersion;
        c.applicant = applicant;
        c.applicantName = applicantName;
        c.agent = agent;
        c.channel = channel;
        c.window = window;
        c.accessCode = accessCode;
        c.submittedAt = submittedAt;
        c.submittedBy = submittedBy;
        c.acceptedOn = acceptedOn;
        c.promisedDeadline = promisedDeadline;
        c.legalDeadline = legalDeadline;
        c.status = status;
        c.visits = visits;
        c.formJson = formJson;
        c.materialsJson = materialsJson;
        c.profileJson = profileJson;
        c.decisionReason = decisionReason;
        c.approvedOn = approvedOn;
        c.closedAt = closedAt;
        c.version = version;
        return c;
    }
}
