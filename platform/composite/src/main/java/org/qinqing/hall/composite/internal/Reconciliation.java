package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.cases.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the steps a missed case event stranded: a sub-case decided while the composite bundle was
 * stopped (or being updated) told nobody, and its step would run for ever. Each such step is moved
 * as the event would have moved it, in a write of its own that reads the step again, so a step the
 * event did reach meanwhile is left alone.
 */
final class Reconciliation {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);
    private static final Set<CaseStatus> DECIDED = Set.of(CaseStatus.APPROVED, CaseStatus.COMPLETED, CaseStatus.DENIED,
            CaseStatus.NOT_ACCEPTED, CaseStatus.WITHDRAWN);

    private final CompositeContext ctx;
    private final StepListener listener;

    Reconciliation(CompositeContext ctx, StepListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    /** @return the steps moved */
    int run() {
        int moved = 0;
        for (CompositeRepository.RunningStep step : ctx.db().read(CompositeRepository::runningSteps)) {
            CaseView sub;
            try {
                sub = ctx.cases().get(step.subCase(), CompositeContext.SYSTEM);
            } catch (HallException e) {
                LOG.warn("Step {} of {} runs sub-case {}, which cannot be read: {}", step.stepId(), step.caseNumber(), step.subCase(),
                        e.getMessage());
                continue;
            }
            if (!DECIDED.contains(sub.status())) {
                continue;
            }
            CaseEvent missed = new CaseEvent(sub.caseNumber(), step.caseNumber() + "/" + step.stepId(), sub.itemCode(), sub.department(),
                    CaseStatus.UNDER_REVIEW, sub.status(), sub.decisionReason(), null, "system:composite", decidedOn(sub),
                    sub.applicant());
            ctx.db().write(tx -> {
                listener.changed(tx, missed);
                return null;
            });
            LOG.info("Step {} of {} moved: its sub-case {} was {} while the composite did not hear of it", step.stepId(),
                    step.caseNumber(), sub.caseNumber(), sub.status());
            moved++;
        }
        return moved;
    }

    /** @return the day the sub-case reached its state, from its timeline */
    private static LocalDate decidedOn(CaseView sub) {
        List<AuditEntry> timeline = sub.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            AuditEntry e = timeline.get(i);
            if (sub.status().name().equals(e.toStatus())) {
                return LocalDate.ofInstant(e.at(), HallClock.ZONE);
            }
        }
        return LocalDate.ofInstant(sub.submittedAt(), HallClock.ZONE);
    }
}
