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
}
