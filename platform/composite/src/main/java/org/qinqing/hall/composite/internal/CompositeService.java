package org.qinqing.hall.composite.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueListener;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PublicProgress;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.cases.CaseIntake;
import org.qinqing.hall.parties.VaultStore;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Composites} service. It also hears sub-case changes ({@link CaseEvents}) and
 * departments coming back ({@link CatalogueListener}), to start the steps that wait for them.
 */
public final class CompositeService implements Composites, CaseEvents, CatalogueListener {
    private static final Logger LOG = LoggerFactory.getLogger(CompositeService.class);
    private static final Set<String> DELIVERIES = Set.of("WINDOW", "MAIL", "ELECTRONIC");
    /** Composite cases whose committed state is kept in memory (a few KB each). */
    private static final int CACHED_COMPOSITES = 4096;

    private final CompositeContext ctx;
    private final AuditLog audit;
    private final List<Migration> migrations;
    private final Definitions definitions;
    private final CompositeIntake intake;
    private final StepStarter starter;
    private final StepListener listener;
    private final CompositeViews views;
    private final CommittedComposites committed;
    private final Reconciliation reconciliation;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-composite-steps");
        t.setDaemon(true);
        return t;
    });

    public CompositeService(Database db, AuditLog audit, Catalogue catalogue, Cases cases, CaseIntake caseIntake, Parties parties,
            Vault vault, VaultStore vaultStore, WorkingCalendar calendar, HallClock clock, List<Migration> migrations) {
        this.ctx = new CompositeContext(db, catalogue, cases, caseIntake, parties, vault, vaultStore, calendar, clock,
                new Registry(catalogue));
        this.audit = audit;
        this.migrations = migrations;
        this.definitions = new Definitions(catalogue);
        this.committed = new CommittedComposites(db.rows(), CACHED_COMPOSITES);
        this.starter = new StepStarter(ctx, definitions, committed);
        this.intake = new CompositeIntake(ctx, definitions, starter, committed);
        this.listener = new StepListener(starter, committed);
        this.views = new CompositeViews(ctx);
        this.reconciliation = new Reconciliation(ctx, listener);
    }

    /**
     * Applies the schema; every minute (and 5 s after a start) steps whose sub-case was decided
     * while this bundle did not hear of it are moved, and steps left READY (a crash after an
     * approval, a department away) are started.
     */
    public void start() {
        ctx.db().migrate("composite", migrations);
        // a start sweeps once (it may follow a crash); then, asked every 15 s, one node of those sharing the
        // database sweeps per minute (a department's own sweep, when it comes back, runs on the node that heard it)
        sweeper.schedule(() -> sweep(null), 5, TimeUnit.SECONDS);
        sweeper.scheduleWithFixedDelay(() -> {
            if (ctx.db().claim("composite-sweep", java.time.Duration.ofSeconds(60))) {
                sweep(null);
            }
        }, 20, 15, TimeUnit.SECONDS);
    }

    public void stop() {
        sweeper.shutdownNow();
    }

    Registry registry() {
        return ctx.registry();
    }

    /** @return the committed composite states kept in memory (for tests in this package) */
    CommittedComposites committed() {
        return committed;
    }

    /** Moves stranded steps (all composites only), then starts the READY steps of every composite case, or of those waiting for one department. */
    void sweep(String department) {
        try {
            if (department == null) {
                reconciliation.run();
            }
            for (String number : ctx.db().read(c -> CompositeRepository.withReadySteps(c, department))) {
                starter.startReady(number);
            }
        } catch (RuntimeException e) {
            LOG.warn("Starting ready composite steps failed; trying again later", e);
        }
    }

    @Override
    public void departmentActive(DepartmentInfo department) {
        sweeper.execute(() -> sweep(department.code()));
    }

    @Override
    public void changed(Tx tx, CaseEvent event) throws SQLException {
        listener.changed(tx, event);
    }

    @Override
    public List<CompositeInfo> composites() {
        return ctx.registry().all().stream().map(definitions::info).toList();
    }

    @Override
    public Optional<CompositeInfo> composite(String code) {
        return ctx.registry().find(code).map(definitions::info);
    }

    @Override
    public CompositeCase submit(Submission submission, Actor actor) {
        CompositeIntake.Accepted accepted = intake.submit(submission, actor);
        String number = accepted.caseNumber();
        if (!accepted.allStarted()) {
            starter.startReady(number);
        }
        CompositeRepository.State s = whole(number);
        return views.view(s.composite(), s.steps(), s.composite().submittedBy.equals(actor.auditName()));
    }

    @Override
    public CompositeCase get(String caseNumber, Actor actor) {
        CompositeRepository.State s = whole(caseNumber);
        mayRead(s.composite(), s.steps(), actor);
        return views.view(s.composite(), s.steps(), false);
    }

    @Override
    public List<CompositeCase> list(boolean openOnly, int limit, Actor actor) {
        List<CompositeCase> out = new ArrayList<>();
        for (CompositeRow r : ctx.db().read(c -> CompositeRepository.list(c, openOnly, limit * 4))) {
            List<StepRow> steps = steps(r);
            if (may(r, steps, actor)) {
                out.add(views.view(r, steps, false));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public CompositeCase complete(String caseNumber, String delivery, Actor actor) {
        if (actor.kind() == Actor.Kind.STAFF && !actor.has(Roles.CLERK)) {
            throw HallException.forbidden("user " + actor.id() + " lacks the clerk role: a clerk hands out the results");
        }
        String how = delivery == null ? null : delivery.toUpperCase(Locale.ROOT);
        if (how == null || !DELIVERIES.contains(how)) {
            throw HallException.invalid("delivery", "delivery must be one of " + DELIVERIES + " (窗口领取、邮寄、电子送达)");
        }
        CompositeRepository.State s = whole(caseNumber);
        CompositeRow row = s.composite();
        if (!row.status.equals(StepStatus.APPROVED)) {
            throw HallException.conflict("illegal_transition", "composite case " + caseNumber + " is " + row.status + " ("
                    + StepStatus.label(row.status) + "); complete is allowed only when every step is approved");
        }
        List<String> open = s.steps().stream().filter(x -> !x.delivered).map(x -> x.subCase).toList();
        // one transaction for every result: the last sub-case's completion completes the composite (StepListener)
        ctx.cases().actAll(open, CaseAction.COMPLETE, ActionInput.delivery(how), actor);
        CompositeRepository.State after = whole(caseNumber);
        return views.view(after.composite(), after.steps(), false);
    }

    @Override
    public PublicProgress progress(String caseNumber, String suffix) {
        CompositeRow r = ctx.db().read(c -> CompositeRepository.find(c, caseNumber)).orElse(null);
        String tail = r == null ? "" : r.applicant.substring(r.applicant.length() - 4);
        if (r == null || suffix == null || !MessageDigest.isEqual(tail.getBytes(StandardCharsets.UTF_8),
                suffix.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw HallException.notFound("unknown_case", "no case with this number and these last four characters of the applicant's number");
        }
        CompositeCase v = views.view(r, steps(r), false);
        List<PublicProgress.Step> timeline = new ArrayList<>();
        for (AuditEntry e : audit.forSubject(caseNumber)) {
            timeline.add(new PublicProgress.Step(e.at(), e.action(), e.toStatus()));
        }
        List<PublicProgress.Part> parts = v.steps().stream().map(s -> new PublicProgress.Part(s.id(), s.itemName(), s.departmentName(),
                s.status(), s.caseNumber(), s.caseStatus() == null ? null : s.caseStatus().label())).toList();
        return new PublicProgress(r.caseNumber, r.name, String.join("、", v.steps().stream().map(CompositeCase.StepState::departmentName)
                .distinct().toList()), publicStatus(r.status), StepStatus.label(r.status), r.submittedAt, r.promisedDeadline,
                r.legalDeadline, timeline, parts, v.provisional());
    }

    private static CaseStatus publicStatus(String status) {
        return switch (status) {
            case StepStatus.APPROVED -> CaseStatus.APPROVED;
            case StepStatus.COMPLETED -> CaseStatus.COMPLETED;
            case StepStatus.DENIED -> CaseStatus.DENIED;
            default -> CaseStatus.UNDER_REVIEW;
        };
    }

    @Override
    public List<CompositeStats> stats() {
        return new StatsQuery(ctx).stats(composites());
    }

    /** @return the composite case with its steps as committed (shared: read only), kept or read with one connection */
    private CompositeRepository.State whole(String caseNumber) {
        return committed.get(ctx.db(), caseNumber).orElseThrow(() -> HallException.notFound("unknown_case", "no composite case " + caseNumber));
    }

    private List<StepRow> steps(CompositeRow row) {
        return ctx.db().read(c -> CompositeRepository.steps(c, row.id));
    }

    private static void mayRead(CompositeRow row, List<StepRow> steps, Actor actor) {
        if (!may(row, steps, actor)) {
            throw HallException.forbidden("user " + actor.id() + " may not see composite case " + row.caseNumber
                    + ": its steps belong to " + steps.stream().map(s -> s.department).distinct().toList());
        }
    }

    /** Clerks, supervisors and admins see all; approvers the composites with a step of their department; applicants their own. */
    private static boolean may(CompositeRow row, List<StepRow> steps, Actor actor) {
        return switch (actor.kind()) {
            case SYSTEM -> true;
            case APPLICANT -> actor.id().equals(row.applicant) || actor.id().equals(row.agent);
            case STAFF -> actor.has(Roles.CLERK) || actor.has(Roles.SUPERVISOR) || actor.has(Roles.ADMIN)
                    || steps.stream().anyMatch(s -> actor.approverFor(s.department));
        };
    }
}
