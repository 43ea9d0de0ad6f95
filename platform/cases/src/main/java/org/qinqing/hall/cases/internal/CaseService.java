package org.qinqing.hall.cases.internal;

import io.micrometer.core.instrument.Metrics;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseQuery;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PublicProgress;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.cases.CaseEvents;
import org.qinqing.hall.cases.CaseIntake;
import org.qinqing.hall.cases.CaseDeadlines;
import org.qinqing.hall.parties.PartyStore;
import org.qinqing.hall.parties.VaultStore;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.TxWork;

/** The {@link Cases} service: intake, actions, and what each actor may see. */
public final class CaseService implements Cases, CaseIntake, CaseDeadlines {
    /** Cases whose rows are kept in memory (~2 KB each): the ones in hand at a busy hall, many times over. */
    private static final int CACHED_CASES = 10_000;
    /** Decided cases whose issued documents are kept (a few ids each). */
    private static final int CACHED_RESULTS = 20_000;
    private final CaseContext ctx;
    private final List<Migration> migrations;
    private final Intake intake;
    private final Lifecycle lifecycle;
    private final OpenCases openCases;
    private final CaseDeadlineWrites deadlines;

    public CaseService(Database db, AuditLog audit, Catalogue catalogue, Parties parties, PartyStore partyStore, Vault vault,
            VaultStore vaultStore, WorkingCalendar calendar, HallClock clock, List<Migration> migrations, double yellowShare,
            List<CaseEvents> listeners) {
        this.ctx = new CaseContext(db, audit, catalogue, parties, partyStore, vault, vaultStore, calendar, clock, new ItemSnapshots(db),
                new CaseNumbers(db), yellowShare, listeners, new CaseCache(db.rows(), CACHED_CASES),
                new IssuedResults(db.rows(), CACHED_RESULTS), new CaseCounts(Metrics.globalRegistry));
        this.openCases = new OpenCases(db, clock, Metrics.globalRegistry);
        this.migrations = migrations;
        this.intake = new Intake(ctx);
        this.lifecycle = new Lifecycle(ctx, intake);
        this.deadlines = new CaseDeadlineWrites(ctx.cache());
    }

    /** Applies the case schema; starts counting open cases for the metrics. */
    public void start() {
        ctx.db().migrate("cases", migrations);
        openCases.start();
    }

    /** Stops counting open cases. */
    public void stop() {
        openCases.stop();
    }

    @Override
    public CaseView submit(Submission submission, Actor actor) {
        String number = intake.submit(submission, actor);
        CaseRow row = row(number);
        return view(row, row.submittedBy.equals(actor.auditName()));
    }

    @Override
    public TxWork<String> prepare(Submission submission, Actor actor) {
        return intake.prepare(submission, actor);
    }

    @Override
    public String submitForNumber(Submission submission, Actor actor) {
        return intake.submit(submission, actor);
    }

    @Override
    public CaseView get(String caseNumber, Actor actor) {
        CaseRow row = row(caseNumber);
        mayRead(row, actor);
        own(row, actor);
        return view(row, false);
    }

    @Override
    public List<CaseSummary> summaries(List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        java.time.LocalDate today = ctx.clock().today();
        java.util.Map<String, CaseSummary> found = new java.util.HashMap<>();
        ctx.cache().kept(caseNumbers).forEach((n, r) -> found.put(n, Views.summary(r, Clocks.view(r, today, ctx.calendar()))));
        List<String> rest = caseNumbers.stream().filter(n -> !found.containsKey(n)).toList();
        if (!rest.isEmpty()) {
            ctx.db().read(c -> {
                String marks = String.join(",", rest.stream().map(n -> "?").toList());
                String sql = "SELECT " + CaseRepository.SUMMARY_COLUMNS + " FROM hall_case WHERE case_number IN (" + marks + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < rest.size(); i++) {
                        ps.setString(i + 1, rest.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            CaseRow r = CaseRepository.row(rs);
                            found.put(r.caseNumber, Views.summary(r, Clocks.view(r, today, ctx.calendar())));
                        }
                    }
                }
                return null;
            });
        }
        return caseNumbers.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Long> results(String caseNumber) {
        return find(caseNumber).map(r -> ctx.results().of(ctx.db(), r)).orElse(List.of());
    }

    @Override
    public List<CaseSummary> list(CaseQuery q, Actor actor) {
        List<String> departments = visibleDepartments(q, actor);
        StringBuilder sql = new StringBuilder("SELECT " + CaseRepository.SUMMARY_COLUMNS + " FROM hall_case WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (departments != null) {
            sql.append(" AND department IN (").append(String.join(",", departments.stream().map(d -> "?").toList())).append(")");
            args.addAll(departments);
        }
        if (q.itemCode() != null) {
            sql.append(" AND item_code = ?");
            args.add(q.itemCode());
        }
        if (q.applicant() != null) {
            sql.append(" AND applicant = ?");
            args.add(ctx.parties().parse(q.applicant(), "applicant").value());
        }
        if (q.openOnly()) {
            sql.append(" AND closed_at IS NULL");
        }
        sql.append(q.byDeadline() ? " ORDER BY promised_deadline, id OFFSET " : " ORDER BY submitted_at DESC, id DESC OFFSET ").append(Math.max(0, q.offset()))
                .append(" ROWS FETCH NEXT ").append(Math.max(1, Math.min(500, q.limit()))).append(" ROWS ONLY");
        return ctx.db().read(c -> {
            List<CaseSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i).toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    java.time.LocalDate today = ctx.clock().today();
                    while (rs.next()) {
                        CaseRow r = CaseRepository.row(rs);
                        out.add(Views.summary(r, Clocks.view(r, today, ctx.calendar())));
                    }
                }
            }
            return out;
        });
    }

    /** @return the departments the actor may list, or {@code null} for all */
    private static List<String> visibleDepartments(CaseQuery q, Actor actor) {
        if (actor.kind() == Actor.Kind.APPLICANT) {
            if (!actor.id().equals(q.applicant())) {
                throw HallException.forbidden("an applicant lists only their own cases (applicant = their number)");
            }
            return q.department() == null ? null : List.of(q.department());
        }
        boolean all = actor.has(Roles.CLERK) || actor.has(Roles.SUPERVISOR) || actor.has(Roles.ADMIN);
        if (all) {
            return q.department() == null ? null : List.of(q.department());
        }
        if (!actor.has(Roles.APPROVER)) {
            throw HallException.forbidden("user " + actor.id() + " may not list cases");
        }
        List<String> own = actor.roles().stream().filter(r -> r.startsWith(Roles.DEPARTMENT_PREFIX))
                .map(r -> r.substring(Roles.DEPARTMENT_PREFIX.length())).sorted().toList();
        if (q.department() != null) {
            if (!own.contains(q.department())) {
                throw HallException.forbidden("user " + actor.id() + " approves for " + own + " only, not " + q.department());
            }
            return List.of(q.department());
        }
        return own.isEmpty() ? List.of("") : own;
    }

    @Override
    public CaseView act(String caseNumber, CaseAction action, ActionInput input, Actor actor) {
        CaseRow snap = row(caseNumber);
        if (actor.kind() == Actor.Kind.STAFF) {
            mayRead(snap, actor);
        }
        own(snap, actor);
        // the view shows the case as this action left it, without reading it again
        return view(lifecycle.act(snap, action, input, actor), false);
    }

    @Override
    public void actAll(List<String> caseNumbers, CaseAction action, ActionInput input, Actor actor) {
        List<CaseRow> snaps = new ArrayList<>();
        for (String n : caseNumbers) {
            CaseRow snap = row(n);
            if (actor.kind() == Actor.Kind.STAFF) {
                mayRead(snap, actor);
            }
            snaps.add(snap);
        }
        lifecycle.actAll(snaps, action, input, actor);
    }

    @Override
    public CaseView actAsApplicant(String caseNumber, String accessCode, CaseAction action, ActionInput input) {
        CaseRow snap = find(caseNumber).orElse(null);
        if (snap == null || accessCode == null || !MessageDigest.isEqual(snap.accessCode.getBytes(StandardCharsets.UTF_8),
                accessCode.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw HallException.notFound("unknown_case", "no case " + caseNumber + " with that access code");
        }
        return view(lifecycle.act(snap, action, input, Actor.applicant(snap.applicant, Channel.ONLINE)), false);
    }

    @Override
    public PublicProgress progress(String caseNumber, String suffix) {
        CaseRow r = find(caseNumber).orElse(null);
        String tail = r == null ? "" : r.applicant.substring(r.applicant.length() - 4);
        if (r == null || suffix == null || !MessageDigest.isEqual(tail.getBytes(StandardCharsets.UTF_8),
                suffix.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw HallException.notFound("unknown_case", "no case with this number and these last four characters of the applicant's number");
        }
        List<PublicProgress.Step> steps = new ArrayList<>();
        for (AuditEntry e : ctx.audit().forSubject(caseNumber)) {
            steps.add(new PublicProgress.Step(e.at(), e.action(), e.toStatus()));
        }
        return new PublicProgress(r.caseNumber, r.itemName, r.departmentName, r.status, r.status.label(), r.acceptedAt,
                r.promisedDeadline, r.legalDeadline, steps, List.of(), Clocks.provisional(r, ctx.calendar()));
    }

    @Override
    public org.qinqing.hall.api.ServedCase served(String caseNumber, String accessCode, String suffix, Actor actor) {
        CaseRow r = caseNumber == null ? null : find(caseNumber.trim()).orElse(null);
        boolean proven;
        if (accessCode != null && !accessCode.isBlank()) {
            proven = r != null && same(r.accessCode, accessCode);
        } else if (suffix != null && !suffix.isBlank()) {
            proven = r != null && suffix.trim().length() == 4 && same(r.applicant.substring(r.applicant.length() - 4), suffix);
        } else if (actor != null && actor.kind() == Actor.Kind.APPLICANT) {
            proven = r != null && (actor.id().equals(r.applicant) || actor.id().equals(r.agent));
        } else if (actor != null && actor.kind() == Actor.Kind.SYSTEM) {
            proven = r != null;
        } else {
            throw HallException.invalid("accessCode", "give the access code on the receipt, or suffix: the last four characters of the applicant's number");
        }
        if (!proven) {
            // the same answer as an unknown case: a wrong proof must not tell that the case exists
            throw HallException.notFound("unknown_case", "no case " + caseNumber + " with that proof");
        }
        return new org.qinqing.hall.api.ServedCase(r.caseNumber, r.status, r.department, r.itemName, r.window, r.submittedBy,
                r.applicant, r.agent);
    }

    private static boolean same(String kept, String given) {
        return MessageDigest.isEqual(kept.getBytes(StandardCharsets.UTF_8),
                given.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** An applicant reaches only cases they applied for or filed as agent: 404 for any other, as if it did not exist. */
    private static void own(CaseRow row, Actor actor) {
        if (actor.kind() == Actor.Kind.APPLICANT && !actor.id().equals(row.applicant) && !actor.id().equals(row.agent)) {
            throw HallException.notFound("unknown_case", "no case " + row.caseNumber);
        }
    }

    private static void mayRead(CaseRow row, Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF) {
            return;
        }
        if (actor.has(Roles.CLERK) || actor.has(Roles.SUPERVISOR) || actor.has(Roles.ADMIN)) {
            return;
        }
        if (actor.approverFor(row.department)) {
            return;
        }
        throw HallException.forbidden("user " + actor.id() + " approves for " + Transitions.departmentsOf(actor)
                + " only; case " + row.caseNumber + " belongs to department " + row.department);
    }

    private CaseRow row(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> HallException.notFound("unknown_case", "no case " + caseNumber));
    }

    /** @return the case's committed row: kept in memory, or read */
    private java.util.Optional<CaseRow> find(String caseNumber) {
        return ctx.cache().get(caseNumber, () -> ctx.db().read(c -> CaseRepository.find(c, caseNumber)));
    }

    @Override
    public boolean recordRung(org.qinqing.hall.store.Tx tx, String caseNumber, int rung, java.time.LocalDate nextRungOn)
            throws java.sql.SQLException {
        return deadlines.recordRung(tx, caseNumber, rung, nextRungOn);
    }

    @Override
    public boolean moveDeadlines(org.qinqing.hall.store.Tx tx, String caseNumber, java.time.LocalDate promised,
            java.time.LocalDate legal, java.time.LocalDate yellow, java.time.LocalDate nextRungOn, int calendarVersion)
            throws java.sql.SQLException {
        return deadlines.moveDeadlines(tx, caseNumber, promised, legal, yellow, nextRungOn, calendarVersion);
    }

    /** @return the rows kept in memory (for tests in this package) */
    CaseCache cache() {
        return ctx.cache();
    }

    private CaseView view(CaseRow row, boolean withAccessCode) {
        List<AuditEntry> timeline = ctx.audit().forSubject(row.caseNumber);
        org.qinqing.hall.api.SlaView sla = Clocks.view(row, ctx.clock().today(), ctx.calendar());
        return Views.view(ctx.db(), row, ctx.snapshots().decode(row.itemSnapshot), timeline, ctx.results().of(ctx.db(), row),
                withAccessCode, sla);
    }

}
