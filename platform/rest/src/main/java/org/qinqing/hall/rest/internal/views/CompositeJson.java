package org.qinqing.hall.rest.internal.views;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;

/**
 * Composite items and cases in JSON. Contract: an item has {@code composite: true} and
 * {@code steps}, each with {@code id}, {@code itemCode}, {@code department}, {@code dependsOn}; a case
 * has {@code steps}, each with {@code id}, {@code itemCode}, {@code department}, {@code status} and,
 * once started, {@code caseNumber}.
 */
public final class CompositeJson {

    private CompositeJson() {
    }

    /** A composite item ({@code GET /api/v1/items/{code}}). */
    public record Detail(String code, String name, boolean composite, String party, String status, String message,
            String description, String version, List<StepDef> steps, int promisedLimitDays, int legalLimitDays,
            int sequentialPromisedDays, int sequentialLegalDays, int maxVisits, int sequentialVisits,
            List<ItemDetail.MaterialView> materials, List<ItemDetail.FieldView> fields) {

        /** @param i the composite @return its JSON */
        public static Detail of(CompositeInfo i) {
            return new Detail(i.code(), i.name(), true, i.party().name(), i.status(), i.message(), i.description(),
                    i.bundle() + " " + i.version(), i.steps().stream().map(StepDef::of).toList(), i.promisedDays(), i.legalDays(),
                    i.sequentialPromisedDays(), i.sequentialLegalDays(), i.visits(), i.sequentialVisits(),
                    i.materials().stream().map(ItemDetail::material).toList(), i.fields().stream().map(ItemDetail::field).toList());
        }
    }

    /** A step of a composite item. */
    public record StepDef(String id, String itemCode, String itemName, String department, String departmentName,
            List<String> dependsOn, int promisedLimitDays, int legalLimitDays, boolean available) {
        static StepDef of(CompositeInfo.StepInfo s) {
            return new StepDef(s.id(), s.itemCode(), s.itemName(), s.department(), s.departmentName(), s.dependsOn(),
                    s.promisedDays(), s.legalDays(), s.available());
        }
    }

    /** A composite case. */
    public record Case(String caseNumber, boolean composite, String compositeCode, String compositeName, String status,
            String statusLabel, String applicant, String applicantName, String channel, String window, String submittedAt,
            String acceptedOn, String promisedDeadline, String legalDeadline, String forecast, String closedAt, int visits,
            String reason, Map<String, Object> form, List<StepState> steps, int version, CaseJson.Receipt receipt, boolean provisional) {

        /** @param c the composite case @return its JSON; the receipt only when the access code is in the view */
        public static Case of(CompositeCase c) {
            CaseJson.Receipt receipt = c.accessCode() == null ? null : CaseJson.Receipt.of(c.caseNumber(), c.compositeName(),
                    String.join("、", c.steps().stream().map(CompositeCase.StepState::departmentName).distinct().toList()), c.applicant(),
                    CaseJson.time(c.submittedAt()), CaseJson.date(c.promisedDeadline()), CaseJson.date(c.legalDeadline()), c.accessCode(),
                    c.provisional());
            return new Case(c.caseNumber(), true, c.compositeCode(), c.compositeName(), c.status(), c.statusLabel(), c.applicant(),
                    c.applicantName(), c.channel(), c.window(), CaseJson.time(c.submittedAt()), CaseJson.date(c.acceptedOn()),
                    CaseJson.date(c.promisedDeadline()), CaseJson.date(c.legalDeadline()), CaseJson.date(c.forecast()),
                    CaseJson.time(c.closedAt()), c.visits(), c.decisionReason(), c.form(), c.steps().stream().map(StepState::of).toList(),
                    c.version(), receipt, c.provisional());
        }
    }

    /** A step of a composite case with its sub-case, holder and clocks. */
    public record StepState(String id, String itemCode, String itemName, String department, String departmentName,
            List<String> dependsOn, String status, String message, String caseNumber, String caseStatus, String caseStatusLabel,
            String holder, String promisedDeadline, String legalDeadline, CaseJson.Sla sla, String forecast, String doneOn,
            List<Long> results) {
        static StepState of(CompositeCase.StepState s) {
            return new StepState(s.id(), s.itemCode(), s.itemName(), s.department(), s.departmentName(), s.dependsOn(), s.status(),
                    s.message(), s.caseNumber(), s.caseStatus() == null ? null : s.caseStatus().name(),
                    s.caseStatus() == null ? null : s.caseStatus().label(), s.holder(), CaseJson.date(s.promisedDeadline()),
                    CaseJson.date(s.legalDeadline()), CaseJson.Sla.of(s.sla()), CaseJson.date(s.forecast()), CaseJson.date(s.doneOn()),
                    s.results());
        }
    }

    /** What a composite saves. */
    public record Stats(String code, String name, long cases, long approved, int promisedDays, int sequentialPromisedDays,
            Double averageWorkingDays, Double averageSequentialDays, Double averageVisits, int sequentialVisits, double timeSavedPercent) {
        /** @param s statistics @return their JSON */
        public static Stats of(CompositeStats s) {
            return new Stats(s.code(), s.name(), s.cases(), s.approved(), s.promisedDays(), s.sequentialPromisedDays(),
                    s.averageWorkingDays(), s.averageSequentialDays(), s.averageVisits(), s.sequentialVisits(), s.timeSavedPercent());
        }
    }
}
