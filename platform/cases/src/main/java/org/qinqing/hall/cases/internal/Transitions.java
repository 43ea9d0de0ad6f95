package org.qinqing.hall.cases.internal;

import static org.qinqing.hall.api.CaseStatus.ACCEPTED;
import static org.qinqing.hall.api.CaseStatus.APPROVED;
import static org.qinqing.hall.api.CaseStatus.PRE_REVIEW;
import static org.qinqing.hall.api.CaseStatus.SUPPLEMENT_REQUESTED;
import static org.qinqing.hall.api.CaseStatus.SUSPENDED;
import static org.qinqing.hall.api.CaseStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;

/** The lifecycle's rules: from which states an action may be taken, and by whom. */
final class Transitions {
    private static final Map<CaseAction, Set<CaseStatus>> FROM = new EnumMap<>(CaseAction.class);

    static {
        FROM.put(CaseAction.REVIEW, EnumSet.of(ACCEPTED));
        FROM.put(CaseAction.ACCEPT, EnumSet.of(PRE_REVIEW));
        FROM.put(CaseAction.NOT_ACCEPT, EnumSet.of(PRE_REVIEW));
        FROM.put(CaseAction.REQUEST_SUPPLEMENT, EnumSet.of(PRE_REVIEW, UNDER_REVIEW));
        FROM.put(CaseAction.SUPPLEMENT, EnumSet.of(SUPPLEMENT_REQUESTED));
        FROM.put(CaseAction.SUSPEND, EnumSet.of(UNDER_REVIEW));
        FROM.put(CaseAction.RESUME, EnumSet.of(SUSPENDED));
        FROM.put(CaseAction.APPROVE, EnumSet.of(UNDER_REVIEW));
        FROM.put(CaseAction.DENY, EnumSet.of(UNDER_REVIEW));
        FROM.put(CaseAction.COMPLETE, EnumSet.of(APPROVED));
        FROM.put(CaseAction.WITHDRAW, EnumSet.of(PRE_REVIEW, SUPPLEMENT_REQUESTED, ACCEPTED, UNDER_REVIEW, SUSPENDED));
        FROM.put(CaseAction.EXTEND, EnumSet.of(SUPPLEMENT_REQUESTED, ACCEPTED, UNDER_REVIEW, SUSPENDED));
    }

    private Transitions() {
    }

    /** @throws HallException 409 when the state does not allow the action */
    static void allowed(CaseAction action, CaseStatus status, String caseNumber) {
        if (!FROM.get(action).contains(status)) {
            throw HallException.conflict("illegal_transition", "case " + caseNumber + " is " + status + " (" + status.label()
                    + "); " + action.path() + " is allowed only from " + FROM.get(action));
        }
    }

    /**
     * Who may do what: approvers of the case's department review and decide; clerks supplement,
     * complete and withdraw on the applicant's request; applicants supplement and withdraw.
     *
     * @throws HallException 403 naming what is missing
     */
    static void authorize(CaseAction action, Actor actor, String department, CaseStatus status) {
        if (actor.kind() == Actor.Kind.SYSTEM) {
            return;
        }
        if (actor.kind() == Actor.Kind.APPLICANT) {
            if (action == CaseAction.SUPPLEMENT || action == CaseAction.WITHDRAW) {
                return;
            }
            throw HallException.forbidden("an applicant may only supplement or withdraw their case");
        }
        if (action == CaseAction.ACCEPT || action == CaseAction.NOT_ACCEPT
                || (action == CaseAction.REQUEST_SUPPLEMENT && status == PRE_REVIEW)) {
            if (!actor.has(Roles.CLERK)) {
                throw HallException.forbidden("user " + actor.id() + " lacks the clerk role: a clerk of the back office pre-reviews"
                        + " online applications (网上预审)");
            }
            return;
        }
        switch (action) {
            case REVIEW, REQUEST_SUPPLEMENT, SUSPEND, RESUME, APPROVE, DENY -> approver(actor, department);
            case COMPLETE -> {
                if (!actor.has(Roles.CLERK)) {
                    approver(actor, department);
                }
            }
            case EXTEND -> {
                if (!actor.has(Roles.SUPERVISOR)) {
                    throw HallException.forbidden("user " + actor.id() + " is not a supervisor: only a supervisor extends a deadline");
                }
            }
            case SUPPLEMENT, WITHDRAW -> {
                if (!actor.has(Roles.CLERK)) {
                    throw HallException.forbidden("user " + actor.id() + " lacks the clerk role: a clerk takes supplements and"
                            + " withdrawals at the window");
                }
            }
            default -> throw new IllegalStateException("unhandled action " + action);
        }
    }

    private static void approver(Actor actor, String department) {
        if (!actor.has(Roles.APPROVER)) {
            throw HallException.forbidden("user " + actor.id() + " is not an approver");
        }
        if (!actor.approverFor(department)) {
            throw HallException.forbidden("user " + actor.id() + " approves for " + departmentsOf(actor)
                    + " only; this case belongs to department " + department);
        }
    }

    static String departmentsOf(Actor actor) {
        return actor.roles().stream().filter(r -> r.startsWith(Roles.DEPARTMENT_PREFIX))
                .map(r -> r.substring(Roles.DEPARTMENT_PREFIX.length())).sorted().toList().toString();
    }
}
