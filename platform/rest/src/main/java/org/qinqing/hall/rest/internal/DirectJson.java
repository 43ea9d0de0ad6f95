package org.qinqing.hall.rest.internal;

import java.util.List;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.directline.Demand;
import org.qinqing.hall.directline.EnterpriseNotice;
import org.qinqing.hall.directline.Rating;
import org.qinqing.hall.directline.Rectification;
import org.qinqing.hall.rest.internal.views.CaseJson;

/** The direct line's and 好差评's answers in JSON (dates and times as the rest of the API writes them). */
public final class DirectJson {

    private DirectJson() {
    }

    /** A rating; it never names the applicant. */
    public record RatingJson(long id, String subjectKind, String subject, int level, String levelLabel, String department, String item,
            String window, String clerk, String channel, String ratedAt, Long rectification) {
        static RatingJson of(Rating r) {
            return new RatingJson(r.id(), r.subjectKind(), r.subject(), r.level(), r.levelLabel(), r.department(), r.item(), r.window(),
                    r.clerk(), r.channel(), CaseJson.time(r.ratedAt()), r.rectification());
        }
    }

    /** A rating as its rater sees it answered: no clerk, no internal ids beyond the rating's. */
    public record RatedJson(long id, String subject, int level, String levelLabel, boolean rectificationOpened) {
        static RatedJson of(Rating r) {
            return new RatedJson(r.id(), r.subject(), r.level(), r.levelLabel(), r.rectification() != null);
        }
    }

    /** A rectification. */
    public record RectificationJson(long id, long ratingId, String subject, int level, String comment, String department, String status,
            String verifyDue, String rectifyDue, String finding, String measures, String callbackOutcome, String closedOn, Boolean onTime,
            String appealStatus, String appealReason, boolean escalated) {
        static RectificationJson of(Rectification r) {
            return new RectificationJson(r.id(), r.ratingId(), r.subject(), r.level(), Masking.text(r.comment()), r.department(), r.status(),
                    CaseJson.date(r.verifyDue()), CaseJson.date(r.rectifyDue()), Masking.text(r.finding()), Masking.text(r.measures()),
                    r.callbackOutcome(), CaseJson.date(r.closedOn()), r.onTime(), r.appealStatus(), Masking.text(r.appealReason()), r.escalated());
        }
    }

    /** A demand. */
    public record DemandJson(String demandNumber, String enterprise, boolean keyEnterprise, String kind, String category, String text,
            String addressedTo, String department, String officer, String status, String submittedAt, String responseDue, String answerDue,
            int escalationRung, String answer, String answeredOn, boolean answeredLate, String reason) {
        static DemandJson of(Demand d) {
            // free text may hold a resident ID number: shown masked, as everywhere in the API
            return new DemandJson(d.demandNumber(), d.enterprise(), d.keyEnterprise(), d.kind(), d.category(), Masking.text(d.text()),
                    d.addressedTo(), d.department(), Masking.text(d.officer()), d.status(), CaseJson.time(d.submittedAt()),
                    CaseJson.date(d.responseDue()), CaseJson.date(d.answerDue()), d.rung(), Masking.text(d.answer()),
                    CaseJson.date(d.answeredOn()), d.answeredLate(), Masking.text(d.reason()));
        }
    }

    /** The Contract's answer to a new demand. */
    public record DemandCreated(String demandNumber, String status, String responseDue, String answerDue) {
        static DemandCreated of(Demand d) {
            return new DemandCreated(d.demandNumber(), d.status(), CaseJson.date(d.responseDue()), CaseJson.date(d.answerDue()));
        }
    }

    /** A notice to enterprises with its reach. */
    public record NoticeJson(long id, String kind, String title, String body, List<String> categories, List<String> industries, String publishedBy,
            String publishedAt, int reached, int read) {
        static NoticeJson of(EnterpriseNotice n) {
            return new NoticeJson(n.id(), n.kind(), Masking.text(n.title()), Masking.text(n.body()), n.categories(), n.industries(), n.publishedBy(),
                    CaseJson.time(n.publishedAt()), n.reached(), n.read());
        }
    }

    /** @return the date parsed, or a 400 naming the parameter */
    static java.time.LocalDate date(String value, String field, java.time.LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw org.qinqing.hall.api.HallException.invalid(field, field + " is a date like 2026-03-02");
        }
    }
}
