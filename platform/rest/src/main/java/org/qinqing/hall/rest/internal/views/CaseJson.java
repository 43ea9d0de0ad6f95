package org.qinqing.hall.rest.internal.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.ClockPause;
import org.qinqing.hall.api.HallClock;

/**
 * A case in JSON. Contract: {@code caseNumber}, {@code status}, {@code acceptedAt},
 * {@code promisedDeadline}, {@code legalDeadline} (ISO-8601), and {@code timeline}. A sub-case of a
 * composite names its composite case and step in {@code partOf} ({@code NC…/step}).
 * {@code provisional} is true while a deadline counts over a year whose holiday schedule is
 * computed from the law, not yet published (computed at view time, never stored).
 */
public record CaseJson(String caseNumber, String status, String statusLabel, String itemCode, String itemName, String itemVersion,
        String department, String departmentName, String applicant, String applicantName, String applicantKind, String agent,
        String channel, String window, String submittedAt, String acceptedAt, String promisedDeadline, String legalDeadline,
        String limitUnit, int visits, int maxVisits, Map<String, Object> form, List<MaterialJson> materials,
        List<Map<String, String>> findings, String reason, List<Long> results, List<PauseJson> pauses, List<StepJson> timeline,
        int version, Sla sla, Receipt receipt, String partOf, boolean provisional) {

    /** What a provisional deadline means, for the applicant (receipt, progress page). */
    public static final String PROVISIONAL_NOTE = "暂定：办理期限按《全国年节及纪念日放假办法》推算，国务院公布节假日安排后重新计算，期限如有变动将另行告知。"
            + " Provisional: computed from the statutory holidays; recomputed, and you are told, once the State Council publishes the year's schedule.";

    /**
     * The case against its clocks today.
     *
     * @param colour GREEN, YELLOW, RED, OVERDUE, PAUSED, CLOSED or NOT_STARTED
     * @param remainingPromisedDays working days to the promised deadline (negative when past)
     * @param remainingLegalDays working days to the legal deadline (negative when past)
     * @param yellowOn the day the case turns yellow
     * @param rungsFired escalations fired so far (1 yellow, 2 red, 3 overdue)
     * @param promisedProvisional the promised deadline counts over a provisional year
     * @param legalProvisional the legal deadline counts over a provisional year
     */
    public record Sla(String colour, Integer remainingPromisedDays, Integer remainingLegalDays, String yellowOn, int rungsFired,
            boolean promisedProvisional, boolean legalProvisional) {
        static Sla of(org.qinqing.hall.api.SlaView v) {
            return v == null ? null : new Sla(v.colour().name(), v.remainingPromised(), v.remainingLegal(), date(v.yellowOn()), v.rungsFired(),
                    v.promisedProvisional(), v.legalProvisional());
        }
    }

    /** A material of the case. */
    public record MaterialJson(String code, String name, Long vaultId, String title, String validUntil, boolean fromVault,
            boolean presented) {
    }

    /** A clock pause. */
    public record PauseJson(String kind, String startedOn, String endedOn, int workingDays, String reason, String startedBy,
            String endedBy) {
    }

    /** A step of the timeline, from the audit trail. */
    public record StepJson(long seq, String at, String action, String actor, String channel, String window, String fromStatus,
            String toStatus, String reason) {
    }

    /**
     * The receipt (受理回执) of an intake: what the applicant takes home.
     *
     * @param accessCode proves the applicant for online withdrawal or supplement
     * @param progressQuery how anyone checks progress: the case number and the last four characters of the applicant's number
     */
    public record Receipt(String caseNumber, String itemName, String departmentName, String applicant, String acceptedAt,
            String promisedDeadline, String legalDeadline, String accessCode, String progressQuery, boolean provisional,
            String provisionalNote) {

        /** @return the receipt with its provisional mark and note */
        public static Receipt of(String caseNumber, String itemName, String departmentName, String applicant, String acceptedAt,
                String promisedDeadline, String legalDeadline, String accessCode, boolean provisional) {
            return new Receipt(caseNumber, itemName, departmentName, applicant, acceptedAt, promisedDeadline, legalDeadline, accessCode,
                    "/api/v1/progress/" + caseNumber + "?suffix=<申请人证件号码后四位>", provisional, provisional ? PROVISIONAL_NOTE : null);
        }
    }

    /** @param v the case @return its JSON; the receipt only when the access code is in the view */
    public static CaseJson of(CaseView v) {
        boolean provisional = v.sla() != null && v.sla().provisional();
        Receipt receipt = v.accessCode() == null ? null : Receipt.of(v.caseNumber(), v.itemName(), v.departmentName(),
                v.applicant(), time(v.acceptedAt()), date(v.promisedDeadline()), date(v.legalDeadline()), v.accessCode(), provisional);
        return new CaseJson(v.caseNumber(), v.status().name(), v.status().label(), v.itemCode(), v.itemName(), v.itemVersion(),
                v.department(), v.departmentName(), v.applicant(), v.applicantName(), v.applicantKind(), v.agent(), v.channel(),
                v.window(), time(v.submittedAt()), time(v.acceptedAt()), date(v.promisedDeadline()), date(v.legalDeadline()),
                v.limitUnit(), v.visits(), v.maxVisits(), v.form(), v.materials().stream().map(CaseJson::material).toList(),
                v.findings(), v.decisionReason(), v.results(), v.pauses().stream().map(CaseJson::pause).toList(),
                v.timeline().stream().map(CaseJson::step).toList(), v.version(), Sla.of(v.sla()), receipt, v.origin(), provisional);
    }

    /** A case in a list. */
    public record Summary(String caseNumber, String status, String statusLabel, String itemCode, String itemName,
            String department, String applicant, String applicantName, String channel, String submittedAt, String acceptedAt,
            String promisedDeadline, String legalDeadline, Sla sla, boolean provisional) {

        /** @param s summary @return its JSON */
        public static Summary of(CaseSummary s) {
            return new Summary(s.caseNumber(), s.status().name(), s.status().label(), s.itemCode(), s.itemName(), s.department(),
                    s.applicant(), s.applicantName(), s.channel(), time(s.submittedAt()), time(s.acceptedAt()),
                    date(s.promisedDeadline()), date(s.legalDeadline()), Sla.of(s.sla()), s.sla() != null && s.sla().provisional());
        }
    }

    static MaterialJson material(CaseMaterial m) {
        return new MaterialJson(m.code(), m.name(), m.vaultId(), m.title(), date(m.validUntil()), m.fromVault(), m.presented());
    }

    static PauseJson pause(ClockPause p) {
        return new PauseJson(p.kind(), date(p.startedOn()), date(p.endedOn()), p.workingDays(), p.reason(), p.startedBy(), p.endedBy());
    }

    static StepJson step(AuditEntry e) {
        return new StepJson(e.seq(), time(e.at()), e.action(), e.actor(), e.channel(), e.window(), e.fromStatus(), e.toStatus(), e.reason());
    }

    /** @return an instant as ISO-8601 in the hall's zone */
    public static String time(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, HallClock.ZONE).toString();
    }

    /** @return a date as ISO-8601 */
    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
