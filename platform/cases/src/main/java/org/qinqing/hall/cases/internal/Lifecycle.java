package org.qinqing.hall.cases.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.LimitUnit;

import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Tx;

/**
 * Case actions after intake. The department handler is consulted before the write; the write
 * applies the change only if the case is still at the version that was read, so of two staff
 * acting at once one wins and the other gets a 409.
 */
final class Lifecycle {
    static final Set<String> PROCEDURES = Set.of("HEARING", "TESTING", "EXPERT_REVIEW", "OTHER");
    static final Set<String> DELIVERIES = Set.of("WINDOW", "MAIL", "ELECTRONIC");

    private final CaseContext ctx;
    private final Intake intake;
    private final MaterialResolver resolver;

    Lifecycle(CaseContext ctx, Intake intake) {
        this.ctx = ctx;
        this.intake = intake;
        this.resolver = new MaterialResolver(ctx.vault());
    }

    /** @return the case as this action wrote it */
    CaseRow act(CaseRow snap, CaseAction action, ActionInput in, Actor actor) {
        return SameDay.retried(() -> {
            Prepared p = prepare(snap, action, in, actor);
            return ctx.db().write(tx -> {
                apply(tx, p);
                return p.next();
            });
        });
    }

    /** Applies one action to several cases in one transaction: every case changes, or none. */
    void actAll(List<CaseRow> snaps, CaseAction action, ActionInput in, Actor actor) {
        List<Prepared> all = new ArrayList<>();
        for (CaseRow snap : snaps) {
            all.add(prepare(snap, action, in, actor));
        }
        ctx.db().write(tx -> {
            for (Prepared p : all) {
                apply(tx, p);
            }
            return null;
        }); // several cases at once (a composite's delivery): should midnight fall in between, its caller is told to try again
    }

    /** An action decided, before its write. */
    private record Prepared(CaseRow snap, CaseRow next, CaseAction action, Actor actor, LocalDate today, Change change) {
    }

    private Prepared prepare(CaseRow snap, CaseAction action, ActionInput in, Actor actor) {
        Transitions.authorize(action, actor, snap.department, snap.status);
        Transitions.allowed(action, snap.status, snap.caseNumber);
        if (in.expectedVersion() != null && in.expectedVersion() != snap.version) {
            throw HallException.conflict("stale_version", "case " + snap.caseNumber + " is at version " + snap.version
                    + ", not " + in.expectedVersion() + ": it changed since you read it; reload it");
        }
        ApprovalHandler handler = ctx.catalogue().handler(snap.department, snap.itemCode);
        Item item = ctx.snapshots().decode(snap.itemSnapshot);
        LocalDate today = ctx.clock().today();
        CaseRow next = snap.copy();
        next.version = snap.version + 1;
        Change change = new Change();
        switch (action) {
            case REVIEW -> next.status = CaseStatus.UNDER_REVIEW;
            case ACCEPT -> {
                // 网上预审 passed: the clocks start today, as at the counter
                intake.accept(next, item, today);
                next.findingsJson = "[]";
                next.decisionReason = null;
                change.acceptNow = true;
            }
            case NOT_ACCEPT -> {
                next.decisionReason = required(in.reason(), "reason", "不予受理须说明理由");
                change.reason = next.decisionReason;
                next.status = CaseStatus.NOT_ACCEPTED;
            }
            case REQUEST_SUPPLEMENT -> {
                String reason = required(in.reason(), "reason", "要求补正须说明补正内容");
                next.status = CaseStatus.SUPPLEMENT_REQUESTED;
                List<Map<String, String>> findings = new ArrayList<>();
                findings.add(Map.of("message", reason));
                for (String f : in.fields()) {
                    findings.add(Map.of("field", f, "message", reason));
                }
                next.findingsJson = JsonCodec.findings(findings);
                next.decisionReason = reason;
                if (snap.acceptedAt != null) {
                    change.pause = "SUPPLEMENT"; // before acceptance (pre-review) no clock runs that could pause
                }
                change.reason = reason;
            }
            case SUPPLEMENT -> supplement(snap, next, item, handler, in, actor, today, change);
            case SUSPEND -> {
                String procedure = in.procedure() == null ? null : in.procedure().toUpperCase(java.util.Locale.ROOT);
                if (procedure == null || !PROCEDURES.contains(procedure)) {
                    throw HallException.invalid("procedure", "procedure must be one of " + PROCEDURES + " (听证、检验检测、专家评审、其他)");
                }
                change.reason = required(in.reason(), "reason", "中止须说明理由");
                next.status = CaseStatus.SUSPENDED;
                next.decisionReason = change.reason;
                change.pause = procedure;
            }
            case RESUME -> {
                next.status = CaseStatus.UNDER_REVIEW;
                change.resume = true;
            }
            case EXTEND -> {
                change.reason = required(in.reason(), "reason", "延期须说明理由");
                int max = maxExtension(snap.legalDays);
                if (snap.acceptedOn == null) {
                    throw HallException.conflict("illegal_transition", "case " + snap.caseNumber + " has not been accepted: no deadline to extend");
                }
                if (snap.extensionDays > 0) {
                    throw HallException.conflict("already_extended", "case " + snap.caseNumber + " was already extended by "
                            + snap.extensionDays + " days; the law allows one extension");
                }
                if (in.days() == null || in.days() < 1 || in.days() > max) {
                    throw HallException.invalid("days", "an extension of a " + snap.legalDays + "-day legal limit is 1 to " + max
                            + " days (行政许可法第四十二条: 20 + 10, 45 + 15)");
                }
                change.extendBy = in.days();
                change.detail = "{\"days\":" + in.days() + "}";
            }
            case APPROVE -> {
                HandlerApplication app = application(snap, item, today);
                List<Finding> broken = CaseContext.department(snap.department, () -> handler.review(app));
                if (!broken.isEmpty()) {
                    throw new HallException(HallException.Kind.UNPROCESSABLE, "rules_failed", null,
                            "the department's rules refuse approval: " + Intake.reason(broken));
                }
                change.documents = CaseContext.department(snap.department, () -> handler.issue(app));
                next.status = CaseStatus.APPROVED;
                next.findingsJson = "[]";
            }
            case DENY -> {
                next.decisionReason = required(in.reason(), "reason", "不予批准须说明理由");
                change.reason = next.decisionReason;
                next.status = CaseStatus.DENIED;
            }
            case COMPLETE -> {
                String delivery = in.delivery() == null ? null : in.delivery().toUpperCase(java.util.Locale.ROOT);
                if (delivery == null || !DELIVERIES.contains(delivery)) {
                    throw HallException.invalid("delivery", "delivery must be one of " + DELIVERIES + " (窗口领取、邮寄、电子送达)");
                }
                if (delivery.equals("WINDOW") && !actor.has(Roles.CLERK)) {
                    // the applicant collects the result in person: only a clerk at a window hands it over
                    throw HallException.forbidden("user " + actor.id() + " is not a clerk: a result collected at the window"
                            + " (窗口领取) is handed over by a clerk; the department delivers by post (邮寄) or electronically (电子送达)");
                }
                change.detail = "{\"delivery\":\"" + delivery + "\"}";
                if (delivery.equals("WINDOW")) {
                    next.visits++;
                }
                next.status = CaseStatus.COMPLETED;
            }
            case WITHDRAW -> {
                change.reason = in.reason() == null || in.reason().isBlank() ? "申请人撤回" : in.reason().trim();
                next.decisionReason = change.reason;
                next.status = CaseStatus.WITHDRAWN;
                change.endPauseWithoutExtension = true;
            }
            default -> throw new IllegalStateException("unhandled action " + action);
        }
        return new Prepared(snap, next, action, actor, today, change);
    }

    /** 补正: the formal check runs again on the merged application. */
    private void supplement(CaseRow snap, CaseRow next, Item item, ApprovalHandler handler, ActionInput in, Actor actor,
            LocalDate today, Change change) {
        Map<String, Object> merged = new LinkedHashMap<>(JsonCodec.readForm(snap.formJson));
        merged.putAll(in.form());
        Map<String, Object> typed = FormalCheck.typedForm(item, merged, today);
        Channel channel = actor.channel() == null ? Channel.COUNTER : actor.channel();
        List<ResolvedMaterial> added = resolver.resolve(item, in.materials(), holders(snap), channel, today, false);
        Map<String, ResolvedMaterial> all = new LinkedHashMap<>();
        existing(snap, item).forEach(m -> all.put(m.code(), m));
        added.forEach(m -> all.put(m.code(), m));
        List<ResolvedMaterial> materials = new ArrayList<>(all.values());
        HandlerApplication app = new HandlerApplication(item, applicant(snap), typed, List.copyOf(materials), channel, today,
                snap.caseNumber);
        List<Finding> missing = FormalCheck.findings(item, typed, materials, today);
        CheckResult check = missing.isEmpty() ? CaseContext.department(snap.department, () -> handler.check(app))
                : CheckResult.supplement(missing);
        next.formJson = JsonCodec.form(typed);
        next.findingsJson = JsonCodec.findings(FormalCheck.encode(check.findings()));
        change.added = added;
        if (channel == Channel.COUNTER || channel == Channel.KIOSK) {
            next.visits++;
        }
        boolean accepted = snap.acceptedAt != null;
        switch (check.outcome()) {
            case ACCEPT -> {
                if (accepted) {
                    next.status = CaseStatus.UNDER_REVIEW;
                    change.resume = true;
                } else if (Intake.preReviewed(snap.channel, snap.submittedBy)) {
                    next.status = CaseStatus.PRE_REVIEW; // an online application goes back to its clerk's pre-review
                } else {
                    intake.accept(next, item, today);
                    change.acceptNow = true;
                }
                next.decisionReason = null;
            }
            case REJECT -> {
                if (accepted) {
                    next.status = CaseStatus.SUPPLEMENT_REQUESTED;
                } else {
                    next.status = CaseStatus.NOT_ACCEPTED;
                    next.decisionReason = Intake.reason(check.findings());
                }
            }
            default -> next.status = CaseStatus.SUPPLEMENT_REQUESTED;
        }
        change.reason = check.findings().isEmpty() ? null : Intake.reason(check.findings());
    }

    private void apply(Tx tx, Prepared p) throws SQLException {
        CaseRow snap = p.snap();
        CaseRow next = p.next();
        CaseAction action = p.action();
        Actor actor = p.actor();
        LocalDate today = p.today();
        SameDay.check(tx, today);
        Change change = p.change();
        {
            if (change.acceptNow) {
                next.acceptedAt = tx.now();
            }
            if (change.resume || change.endPauseWithoutExtension) {
                endPause(tx, snap, next, today, actor, change.resume);
            }
            if (change.pause != null) {
                CaseRepository.startPause(tx, snap.id, change.pause, today, change.reason, actor.auditName());
                Clocks.pause(next, today);
            }
            if (change.extendBy > 0) {
                Clocks.extend(next, change.extendBy, ctx.calendar());
            }
            if (next.status == CaseStatus.APPROVED || next.status == CaseStatus.DENIED) {
                next.decidedBy = actor.auditName();
                next.decidedAt = tx.now();
                Clocks.decide(next, today, ctx.calendar());
            }
            if (next.status.closed()) {
                next.closedAt = tx.now();
                Clocks.close(next, today);
            }
            if (next.nextRungOn != null) {
                next.nextRungOn = Clocks.next(next);
            }
            if (!change.added.isEmpty()) {
                next.materialsJson = MaterialsJson.write(withAdded(tx, snap, change.added, actor));
            }
            CaseRow seen = ctx.cache().inUnit(tx, snap.caseNumber).orElse(null);
            if (seen != null && seen.version == snap.version && seen.slaRung == snap.slaRung) {
                // the row as this node knows it is the one acted on: the write goes with the unit's others; only another node's
                // change a moment ago, not yet heard of here, can make its guard fail
                CaseRepository.updateLater(tx, snap, next, () -> HallException.conflict("concurrent_change", "case "
                        + snap.caseNumber + " was changed by someone else a moment ago; reload it and decide again"));
            } else if (!CaseRepository.update(tx, snap, next, false) && !afterRung(tx, snap, next)) {
                CaseRow now = CaseRepository.find(tx, snap.caseNumber).orElseThrow();
                throw HallException.conflict("concurrent_change", "case " + snap.caseNumber + " was changed by someone else a moment"
                        + " ago (it is now " + now.status + ", version " + now.version + "); reload it and decide again");
            }
            ctx.cache().updated(tx, snap, next);
            if (next.status != snap.status) {
                ctx.fire(tx, next, snap.status, change.reason, change.detail, actor.auditName(), today);
            }
            String auditAction = change.acceptNow ? "accept" : action.path();
            tx.audit(new AuditRecord("case", snap.caseNumber, auditAction, actor.auditName(), actor.channelName(), actor.window(),
                    snap.status.name(), next.status.name(), change.reason, change.detail));
            if (change.documents != null) {
                issue(ctx, tx, next, change.documents, actor);
            }
        }
    }

    /** @return the case's materials with those a supplement added (uploads stored in the vault), replacing any of the same code */
    private List<CaseMaterial> withAdded(Tx tx, CaseRow snap, List<ResolvedMaterial> added, Actor actor) throws SQLException {
        Map<String, CaseMaterial> all = new LinkedHashMap<>();
        for (CaseMaterial m : CaseRepository.materials(tx.connection(), snap, code -> code)) {
            all.put(m.code(), m);
        }
        for (ResolvedMaterial m : added) {
            ResolvedMaterial stored = m;
            if (m.upload() != null) {
                VaultMaterial v = ctx.vaultStore().insert(tx, new NewMaterial(snap.applicant, m.kind(), m.title(), "",
                        m.validUntil(), m.upload().contentType(), m.upload().content(), Map.of(), null), actor, false);
                stored = m.withVaultId(v.id());
            }
            all.put(stored.code(), stored.toCaseMaterial());
        }
        return new ArrayList<>(all.values());
    }

    /**
     * The row is not as read: if only its SLA rung moved (a rung is recorded without a new version,
     * {@link CaseDeadlineWrites#recordRung}, so that the scanner never refuses a clerk's action on the
     * case in hand), keeps the rung and writes again. @return whether it was written
     */
    static boolean afterRung(Tx tx, CaseRow snap, CaseRow next) throws SQLException {
        int[] current = CaseRepository.versionAndRung(tx, snap.caseNumber);
        if (current[0] != snap.version) {
            return false;
        }
        CaseRow fired = snap.copy();
        fired.slaRung = current[1];
        next.slaRung = current[1];
        if (next.nextRungOn != null) {
            next.nextRungOn = Clocks.next(next);
        }
        return CaseRepository.update(tx, fired, next, true);
    }

    /** Ends the running pause; when resuming, both deadlines move by the working days it lasted. */
    private void endPause(Tx tx, CaseRow snap, CaseRow next, LocalDate today, Actor actor, boolean extend) throws SQLException {
        LocalDate since = CaseRepository.runningPause(tx, snap.id);
        if (since == null) {
            return;
        }
        LimitUnit unit = LimitUnit.valueOf(snap.limitUnit);
        int days = unit == LimitUnit.NATURAL_DAYS ? (int) (today.toEpochDay() - since.toEpochDay())
                : ctx.calendar().workingDaysBetween(since, today);
        CaseRepository.endPause(tx, snap.id, today, days, actor.auditName());
        if (extend) {
            Clocks.resume(next, days, ctx.calendar());
        } else {
            next.pausedSince = null;
        }
    }

    /** Puts the documents an approval issues into the holder's vault and links them to the case. */
    static void issue(CaseContext ctx, Tx tx, CaseRow row, List<IssuedDocument> documents, Actor actor) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (IssuedDocument d : documents) {
            Map<String, String> attributes = new LinkedHashMap<>(d.attributes());
            attributes.put("caseNumber", row.caseNumber);
            VaultMaterial v = ctx.vaultStore().insert(tx, new NewMaterial(row.applicant, d.kind(), d.title(), row.departmentName,
                    d.validUntil(), "text/plain", d.text().getBytes(StandardCharsets.UTF_8), attributes, row.caseNumber), actor, true);
            PreparedStatement ps = tx.prepare("INSERT INTO case_result (case_id, vault_id) VALUES (?, ?)");
            ps.setLong(1, row.id);
            ps.setLong(2, v.id());
            tx.later(ps);
            ids.add(v.id());
        }
        ctx.results().issued(tx, row, ids);
    }

    /** The application as the handler sees it for a stored case. */
    HandlerApplication application(CaseRow r, Item item, LocalDate today) {
        Map<String, Object> typed = FormalCheck.typedForm(item, JsonCodec.readForm(r.formJson), today);
        return new HandlerApplication(item, applicant(r), typed, List.copyOf(existing(r, item)),
                Channel.valueOf(r.channel.toUpperCase(java.util.Locale.ROOT)), today, r.caseNumber);
    }

    private HandlerApplication.Party applicant(CaseRow r) {
        PartyNumber n = ctx.parties().parse(r.applicant, "applicant");
        PartyProfile p = ctx.parties().find(r.applicant).orElse(null);
        return new HandlerApplication.Party(n, p == null ? r.applicantName : p.name(), p == null ? Map.of() : p.fields());
    }

    private List<ResolvedMaterial> existing(CaseRow r, Item item) {
        List<CaseMaterial> rows = CaseRepository.materials(ctx.db(), r, code -> code);
        List<ResolvedMaterial> out = new ArrayList<>();
        for (CaseMaterial m : rows) {
            org.qinqing.hall.spi.Material def = item.material(m.code());
            String name = def == null ? m.code() : def.name();
            String kind = def == null ? m.code() : def.kind();
            Map<String, String> attributes = Map.of();
            if (m.vaultId() != null) {
                VaultMaterial v = ctx.vault().get(m.vaultId()).orElse(null);
                if (v != null) {
                    kind = v.kind();
                    attributes = v.attributes();
                }
            }
            out.add(new ResolvedMaterial(m.code(), name, kind, m.title(), "", m.validUntil(), m.vaultId(), null, m.presented(),
                    m.fromVault(), attributes));
        }
        return out;
    }

    /** 行政许可法 Art. 42: 20 working days extendable by 10; 45 by 15. Other limits: half, at most 10. */
    static int maxExtension(int legalDays) {
        return legalDays >= 45 ? 15 : Math.min(10, (legalDays + 1) / 2);
    }

    private static Set<String> holders(CaseRow r) {
        return r.agent == null ? Set.of(r.applicant) : Set.of(r.applicant, r.agent);
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw HallException.invalid(field, message);
        }
        if (value.length() > 1000) {
            throw HallException.invalid(field, field + " has at most 1000 characters");
        }
        return value.trim();
    }

    /** What a write does besides updating the row. */
    private static final class Change {
        String pause;
        boolean resume;
        boolean endPauseWithoutExtension;
        boolean acceptNow;
        String reason;
        String detail;
        int extendBy;
        List<IssuedDocument> documents;
        List<ResolvedMaterial> added = List.of();
    }

}
