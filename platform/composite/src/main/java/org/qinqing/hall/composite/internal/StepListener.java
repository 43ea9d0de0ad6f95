package org.qinqing.hall.composite.internal;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves composite steps with their sub-cases, inside the sub-case's own transaction: an approval
 * marks its step done and makes the steps after it ready exactly once, however many approvals
 * arrive at the same moment (all writes go through the one writer, and each step only moves from
 * the state it was read in). Starting the ready steps happens after the commit. Once the unit
 * commits, the state it left is what readers see of the composite ({@link CommittedComposites}).
 */
final class StepListener implements CaseEvents {
    private static final Logger LOG = LoggerFactory.getLogger(StepListener.class);
    /** The error of a sub-case refused because its step is no longer READY (started by someone else). */
    static final String STARTED = "step_started";

    /** The sub-case changes that move a step; the others (review, supplement, pause) leave the composite as it is. */
    private static final Set<CaseStatus> MOVES_STEPS = EnumSet.of(CaseStatus.APPROVED, CaseStatus.COMPLETED, CaseStatus.DENIED,
            CaseStatus.NOT_ACCEPTED, CaseStatus.WITHDRAWN);

    private final StepStarter starter;
    private final CommittedComposites committed;

    StepListener(StepStarter starter, CommittedComposites committed) {
        this.starter = starter;
        this.committed = committed;
    }

    @Override
    public void changed(Tx tx, CaseEvent e) throws SQLException {
        if (e.origin() == null || e.from() != null && !MOVES_STEPS.contains(e.to())) {
            return;
        }
        int slash = e.origin().indexOf('/');
        String number = e.origin().substring(0, slash);
        String stepId = e.origin().substring(slash + 1);
        CompositeRepository.State state = state(tx, number);
        if (state == null) {
            LOG.warn("Sub-case {} names composite case {}, which does not exist", e.caseNumber(), number);
            return;
        }
        CompositeRow c = state.composite();
        List<StepRow> steps = state.steps();
        StepRow step = steps.stream().filter(s -> s.stepId.equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("composite case " + number + " has no step " + stepId));
        if (e.from() == null) {
            started(tx, c, step, e);
        }
        switch (e.to()) {
            case APPROVED -> approved(tx, c, steps, step, e);
            case COMPLETED -> {
                approved(tx, c, steps, step, e);
                delivered(tx, c, steps, step, e);
            }
            case DENIED, NOT_ACCEPTED, WITHDRAWN -> stopped(tx, c, steps, step, e);
            default -> {
                // the step runs on: a review, a supplement, a pause changes the sub-case only
            }
        }
        committed.published(tx, state);
    }

    /**
     * The composite's state as the units so far left it (a copy of the committed one, or read
     * through the unit when one not yet applied changed it), changed by every move below as its
     * SQL changes the database, and published once the moves are done.
     */
    private CompositeRepository.State state(Tx tx, String number) throws SQLException {
        return committed.inUnit(tx, number);
    }

    /** The sub-case of a READY step was just submitted: the step runs. A second sub-case for a step is refused. */
    private static void started(Tx tx, CompositeRow c, StepRow step, CaseEvent e) throws SQLException {
        if (!CompositeRepository.moveStep(tx, step, StepStatus.READY, StepStatus.RUNNING, e.caseNumber(), null, e.on(), null)) {
            throw HallException.conflict(STARTED, "step " + step.stepId + " of " + c.caseNumber + " is " + step.status
                    + " with sub-case " + step.subCase + "; refusing a second sub-case " + e.caseNumber());
        }
        tx.audit(new AuditRecord("composite", c.caseNumber, "step-start", "system:composite", "system", null, null, null, null,
                "{\"step\":\"" + step.stepId + "\",\"case\":\"" + e.caseNumber() + "\"}"));
    }

    private void approved(Tx tx, CompositeRow c, List<StepRow> steps, StepRow step, CaseEvent e) throws SQLException {
        if (!step.is(StepStatus.RUNNING)) {
            return;
        }
        CompositeRepository.moveStep(tx, step, StepStatus.RUNNING, StepStatus.DONE, null, null, null, e.on());
        tx.audit(new AuditRecord("composite", c.caseNumber, "step-done", "system:composite", "system", null, null, null, null,
                "{\"step\":\"" + step.stepId + "\",\"case\":\"" + e.caseNumber() + "\"}"));
        if (!c.status.equals(StepStatus.IN_PROGRESS)) {
            return;
        }
        boolean readied = false;
        for (StepRow s : steps) {
            if (s.is(StepStatus.WAITING) && s.dependsOn.stream().allMatch(d -> done(steps, d))) {
                readied |= CompositeRepository.moveStep(tx, s, StepStatus.WAITING, StepStatus.READY, null, null, null, null);
            }
        }
        if (steps.stream().allMatch(s -> s.is(StepStatus.DONE))) {
            CompositeRepository.setStatus(tx, c, StepStatus.APPROVED, null, e.on(), false);
            tx.audit(new AuditRecord("composite", c.caseNumber, "approve", "system:composite", "system", null, StepStatus.IN_PROGRESS,
                    StepStatus.APPROVED, "各环节均已批准", null));
        }
        if (readied) {
            tx.afterCommit(() -> starter.startReady(c.caseNumber));
        }
    }

    /**
     * A step's sub-case was completed (its result delivered). When every step's is, the composite
     * is completed; collecting them at the window is one visit for the whole composite.
     */
    private static void delivered(Tx tx, CompositeRow c, List<StepRow> steps, StepRow step, CaseEvent e) throws SQLException {
        CompositeRepository.delivered(tx, step);
        if (!c.status.equals(StepStatus.APPROVED) || !steps.stream().allMatch(s -> s.delivered)) {
            return;
        }
        CompositeRepository.setStatus(tx, c, StepStatus.COMPLETED, null, null, true);
        if (e.detail() != null && e.detail().contains("WINDOW")) {
            CompositeRepository.addVisit(tx, c);
        }
        tx.audit(new AuditRecord("composite", c.caseNumber, "complete", e.actor(), "system", null, StepStatus.APPROVED,
                StepStatus.COMPLETED, null, e.detail()));
    }

    private void stopped(Tx tx, CompositeRow c, List<StepRow> steps, StepRow step, CaseEvent e) throws SQLException {
        String reason = e.reason() == null ? e.to().label() : e.reason();
        if (step.is(StepStatus.RUNNING)) {
            CompositeRepository.moveStep(tx, step, StepStatus.RUNNING, StepStatus.STOPPED, null, e.to().label() + "：" + clip(reason),
                    null, null);
        }
        if (!c.status.equals(StepStatus.IN_PROGRESS)) {
            return;
        }
        String why = "环节「" + step.stepId + "」（" + e.caseNumber() + "）" + e.to().label() + "：" + reason;
        CompositeRepository.setStatus(tx, c, StepStatus.DENIED, clip(why), null, true);
        boolean running = false;
        for (StepRow s : steps) {
            if (s.is(StepStatus.WAITING) || s.is(StepStatus.READY)) {
                CompositeRepository.moveStep(tx, s, s.status, StepStatus.CANCELLED, null, "联办终止：" + clip(why), null, null);
            } else if (s.is(StepStatus.RUNNING) && s != step) {
                running = true;
            }
        }
        tx.audit(new AuditRecord("composite", c.caseNumber, "deny", "system:composite", "system", null, StepStatus.IN_PROGRESS,
                StepStatus.DENIED, clip(why), null));
        if (running) {
            String note = clip("联办事项终止：" + why);
            tx.afterCommit(() -> starter.withdrawRunning(c.caseNumber, note));
        }
    }

    private static boolean done(List<StepRow> steps, String id) {
        return steps.stream().anyMatch(s -> s.stepId.equals(id) && s.is(StepStatus.DONE));
    }

    private static String clip(String s) {
        return s.length() > 900 ? s.substring(0, 897) + "…" : s;
    }
}
