package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.spi.LimitUnit;

/** Builds what callers see of a composite case: its steps with their sub-cases, and the forecast along the graph. */
final class CompositeViews {
    private final CompositeContext ctx;

    CompositeViews(CompositeContext ctx) {
        this.ctx = ctx;
    }

    CompositeCase view(CompositeRow c, List<StepRow> steps, boolean withAccessCode) {
        LocalDate today = ctx.clock().today();
        Map<String, LocalDate> finish = new HashMap<>();
        List<CompositeCase.StepState> out = new ArrayList<>();
        LocalDate forecast = c.acceptedOn;
        Map<String, CaseSummary> subs = new HashMap<>();
        ctx.cases().summaries(steps.stream().map(s -> s.subCase).filter(java.util.Objects::nonNull).toList())
                .forEach(x -> subs.put(x.caseNumber(), x));
        for (StepRow s : steps) {
            CaseSummary sub = s.subCase == null ? null : subs.get(s.subCase);
            LocalDate start = s.dependsOn.stream().map(finish::get).max(LocalDate::compareTo).orElse(c.acceptedOn);
            LocalDate end;
            if (s.doneOn != null) {
                end = s.doneOn;
            } else if (sub != null && sub.promisedDeadline() != null) {
                end = sub.promisedDeadline();
            } else {
                LocalDate from = start.isBefore(today) && !s.is(StepStatus.WAITING) ? today : start;
                end = ctx.calendar().deadline(from, s.promisedDays, LimitUnit.WORKING_DAYS);
            }
            finish.put(s.stepId, end);
            if (!s.is(StepStatus.CANCELLED) && !s.is(StepStatus.STOPPED) && end.isAfter(forecast)) {
                forecast = end;
            }
            out.add(new CompositeCase.StepState(s.stepId, s.itemCode, sub == null ? itemName(s) : sub.itemName(), s.department,
                    departmentName(s), s.dependsOn, s.status, s.message, s.subCase,
                    sub == null ? null : sub.status(), holder(s, sub), sub == null ? null : sub.promisedDeadline(),
                    sub == null ? null : sub.legalDeadline(), sub == null ? null : sub.sla(), end, s.doneOn,
                    s.doneOn == null || s.subCase == null ? List.of() : ctx.cases().results(s.subCase)));
        }
        return new CompositeCase(c.caseNumber, c.code, c.name, Masking.mask(c.applicant), c.applicantName, c.status,
                StepStatus.label(c.status), c.channel, c.window, c.submittedAt, c.acceptedOn, c.promisedDeadline, c.legalDeadline,
                c.status.equals(StepStatus.DENIED) ? null : forecast, c.closedAt, c.visits, c.decisionReason, Masking.form(Json.form(c.formJson)), out,
                withAccessCode ? c.accessCode : null, c.version, provisional(c, out));
    }

    /** @return whether an open composite's deadlines, or a running step's, count over a provisional year (computed now) */
    private boolean provisional(CompositeRow c, List<CompositeCase.StepState> steps) {
        if (c.closedAt != null || c.acceptedOn == null) {
            return false;
        }
        if (c.legalDeadline != null && ctx.calendar().provisional(c.acceptedOn, c.legalDeadline)) {
            return true;
        }
        return steps.stream().anyMatch(s -> s.sla() != null && s.sla().provisional());
    }

    private String itemName(StepRow s) {
        return ctx.catalogue().item(s.itemCode).map(ci -> ci.item().name()).orElse(s.itemCode);
    }

    private String departmentName(StepRow s) {
        return ctx.catalogue().department(s.department).map(d -> d.name()).orElse(s.department);
    }

    /** @return who holds the step now */
    private static String holder(StepRow s, CaseSummary sub) {
        if (sub == null) {
            return s.is(StepStatus.READY) ? "platform" : null;
        }
        CaseStatus st = sub.status();
        return switch (st) {
            case SUPPLEMENT_REQUESTED -> "applicant";
            case ACCEPTED, UNDER_REVIEW, SUSPENDED -> "approver@" + s.department;
            case APPROVED -> "clerk";
            default -> null;
        };
    }
}
