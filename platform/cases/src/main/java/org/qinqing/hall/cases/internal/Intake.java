package org.qinqing.hall.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.cases.AccessCodes;
import org.qinqing.hall.cases.IntakeChecks;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;

/**
 * One-window intake (一窗受理): any clerk, any item. Everything that calls department code or
 * reads happens before the write; the write only records the outcome, atomically.
 */
final class Intake {
    private static final Actor INSTANT = Actor.system("instant-approval");

    private final CaseContext ctx;
    private final MaterialResolver resolver;
    private final IntakeChecks checks;

    Intake(CaseContext ctx) {
        this.ctx = ctx;
        this.resolver = new MaterialResolver(ctx.vault());
        this.checks = new IntakeChecks(ctx.parties());
    }

    /** @return the case number, or that of the first submission with the same idempotency key */
    String submit(Submission s, Actor actor) {
        return SameDay.retried(() -> {
            TxWork<String> work = prepare(s, actor);
            return work instanceof Replayed r ? r.caseNumber() : ctx.db().write(work);
        });
    }

    /** A retry already answered by its idempotency key: nothing to write. */
    private record Replayed(String caseNumber) implements TxWork<String> {
        @Override
        public String apply(Tx tx) {
            return caseNumber;
        }
    }

    /** Checks, reads and calls the department now; @return the write that records the case */
    TxWork<String> prepare(Submission s, Actor actor) {
        checks.caller(s, actor);
        if (s.origin() != null && actor.kind() != Actor.Kind.SYSTEM) {
            throw HallException.invalid("origin", "only the platform starts a composite's sub-cases");
        }
        CatalogueItem ci = item(s.itemCode());
        Item item = ci.item();
        PartyNumber applicant = checks.applicant(s, item.party(), item.name());
        String key = s.idempotencyKey();
        String requestHash = IntakeChecks.requestHash(s);
        if (key != null) {
            String[] seen = ctx.db().read(c -> CaseRepository.idempotent(c, actor.id(), key));
            if (seen != null) {
                return new Replayed(IntakeChecks.replay(seen, requestHash));
            }
        }
        PartyNumber agent = checks.agent(s, applicant);
        IntakeChecks.Applicant profile = checks.profile(s, applicant);
        String name = profile.name();
        Map<String, String> fields = profile.fields();

        LocalDate today = ctx.clock().today();
        Map<String, Object> typed = FormalCheck.typedForm(item, s.form(), today);
        Set<String> holders = new LinkedHashSet<>();
        holders.add(applicant.value());
        if (agent != null) {
            holders.add(agent.value());
        }
        List<ResolvedMaterial> materials = resolver.resolve(item, s.materials(), holders, s.channel(), today, true);
        String caseNumber = ctx.numbers().next(today);
        HandlerApplication app = new HandlerApplication(item, new HandlerApplication.Party(applicant, name, fields), typed,
                List.copyOf(materials), s.channel(), today, caseNumber);
        ApprovalHandler handler = ctx.catalogue().handler(ci.department(), item.code());
        List<Finding> missing = FormalCheck.findings(item, typed, materials, today);
        CheckResult check = missing.isEmpty() ? CaseContext.department(ci.department(), () -> handler.check(app))
                : CheckResult.supplement(missing);

        CaseRow row = newRow(ci, applicant, agent, name, s, actor, caseNumber, typed, today);
        row.findingsJson = JsonCodec.findings(FormalCheck.encode(check.findings()));
        List<IssuedDocument> issued = null;
        switch (check.outcome()) {
            case ACCEPT -> {
                if (item.has(Flag.INSTANT_APPROVAL)
                        && CaseContext.department(ci.department(), () -> handler.approvesInstantly(app))
                        && CaseContext.department(ci.department(), () -> handler.review(app)).isEmpty()) {
                    accept(row, item, today);
                    issued = CaseContext.department(ci.department(), () -> handler.issue(app));
                } else if (preReviewed(row.channel, row.submittedBy)) {
                    row.status = CaseStatus.PRE_REVIEW; // 网上预审: a clerk accepts it before any clock runs
                } else {
                    accept(row, item, today);
                }
            }
            case SUPPLEMENT -> row.status = CaseStatus.SUPPLEMENT_REQUESTED;
            default -> {
                row.status = CaseStatus.NOT_ACCEPTED;
                row.decisionReason = reason(check.findings());
                Clocks.close(row, today);
            }
        }
        List<IssuedDocument> documents = issued;
        boolean newParty = !profile.known();
        return tx -> {
            SameDay.check(tx, today);
            if (key != null) {
                String[] seen = CaseRepository.idempotent(tx, actor.id(), key);
                if (seen != null) {
                    return IntakeChecks.replay(seen, requestHash);
                }
            }
            if (newParty) {
                ctx.partyStore().ensure(tx, applicant, name, fields, actor);
            }
            row.submittedAt = tx.now();
            if (row.status == CaseStatus.ACCEPTED) {
                row.acceptedAt = tx.now();
            }
            if (row.status.closed()) {
                row.closedAt = tx.now();
            }
            ctx.snapshots().store(tx, row.itemSnapshot);
            List<CaseMaterial> kept = new ArrayList<>();
            for (ResolvedMaterial m : materials) {
                kept.add(stored(tx, m, applicant, actor).toCaseMaterial());
            }
            row.materialsJson = MaterialsJson.write(kept);
            CaseRepository.insert(tx, row);
            ctx.cache().inserted(tx, row);
            tx.creates(caseNumber); // a new number (unique in hall_case): its timeline starts with this unit
            ctx.fire(tx, row, null, row.status == CaseStatus.ACCEPTED ? null : row.decisionReason, null, actor.auditName(), today);
            if (key != null) {
                CaseRepository.remember(tx, actor.id(), key, requestHash, caseNumber);
            }
            tx.audit(new AuditRecord("case", caseNumber, action(row.status), actor.auditName(), actor.channelName(), s.window(),
                    null, row.status.name(), row.status == CaseStatus.ACCEPTED ? null : reason(check.findings()),
                    "{\"item\":\"" + item.code() + "\",\"applicant\":\"" + Masking.mask(applicant.value()) + "\"}"));
            if (documents != null) {
                instantApproval(tx, row, documents);
            }
            return caseNumber;
        };
    }

    /** 秒批: approved by rule and delivered electronically, in the intake's transaction. */
    private void instantApproval(Tx tx, CaseRow row, List<IssuedDocument> documents) throws java.sql.SQLException {
        CaseRow before = row.copy();
        row.status = CaseStatus.APPROVED;
        row.decidedBy = INSTANT.auditName();
        row.decidedAt = tx.now();
        tx.audit(new AuditRecord("case", row.caseNumber, "approve", INSTANT.auditName(), "system", null, CaseStatus.ACCEPTED.name(),
                CaseStatus.APPROVED.name(), "秒批：规则审核通过", null));
        Lifecycle.issue(ctx, tx, row, documents, INSTANT);
        Clocks.decide(row, row.acceptedOn, ctx.calendar());
        Clocks.close(row, row.acceptedOn);
        row.status = CaseStatus.COMPLETED;
        row.closedAt = tx.now();
        row.version = before.version + 1;
        tx.audit(new AuditRecord("case", row.caseNumber, "complete", INSTANT.auditName(), "system", null, CaseStatus.APPROVED.name(),
                CaseStatus.COMPLETED.name(), "电子证照送达", "{\"delivery\":\"ELECTRONIC\"}"));
        CaseRepository.updateLater(tx, before, row, () -> new IllegalStateException("case " + row.caseNumber
                + " changed during its own intake"));
        ctx.cache().updated(tx, before, row);
        ctx.fire(tx, row, CaseStatus.ACCEPTED, null, "{\"delivery\":\"ELECTRONIC\"}", INSTANT.auditName(), row.acceptedOn);
    }

    private ResolvedMaterial stored(Tx tx, ResolvedMaterial m, PartyNumber applicant, Actor actor) throws java.sql.SQLException {
        if (m.upload() == null) {
            return m;
        }
        MaterialInput u = m.upload();
        VaultMaterial v = ctx.vaultStore().insert(tx, new NewMaterial(applicant.value(), m.kind(), m.title(), "", m.validUntil(),
                u.contentType(), u.content(), Map.of(), null), actor, false);
        return m.withVaultId(v.id());
    }

    private CaseRow newRow(CatalogueItem ci, PartyNumber applicant, PartyNumber agent, String name, Submission s, Actor actor,
            String caseNumber, Map<String, Object> typed, LocalDate today) {
        Item item = ci.item();
        CaseRow r = new CaseRow();
        r.id = CaseNumbers.id(caseNumber);
        r.caseNumber = caseNumber;
        r.itemCode = item.code();
        r.itemName = item.name();
        r.itemVersion = ci.version();
        r.itemSnapshot = ctx.snapshots().encode(item, ci.version());
        r.department = ci.department();
        r.departmentName = ci.departmentName();
        r.applicant = applicant.value();
        r.applicantKind = applicant.kind() == PartyType.PERSON ? "P" : "E";
        r.applicantName = name;
        r.agent = agent == null ? null : agent.value();
        r.channel = s.channel().name().toLowerCase(java.util.Locale.ROOT);
        r.window = s.window();
        r.accessCode = AccessCodes.next();
        r.submittedBy = actor.auditName();
        r.limitUnit = item.limitUnit().name();
        r.promisedDays = item.promisedLimit();
        r.legalDays = item.legalLimit();
        r.origin = s.origin();
        // a composite's sub-case rides on the composite's one visit
        r.visits = s.origin() == null && (s.channel() == Channel.COUNTER || s.channel() == Channel.KIOSK) ? 1 : 0;
        r.maxVisits = item.maxVisits();
        r.formJson = JsonCodec.form(typed);
        r.version = 1;
        return r;
    }

    /** Starts the two clocks: the day of acceptance is day 0. */
    void accept(CaseRow row, Item item, LocalDate today) {
        row.status = CaseStatus.ACCEPTED;
        Clocks.start(row, item, today, ctx.calendar(), ctx.yellowShare());
    }

    private CatalogueItem item(String code) {
        try {
            return ctx.catalogue().require(code);
        } catch (HallException e) {
            if (e.kind() == HallException.Kind.NOT_FOUND) {
                throw HallException.invalid("itemCode", e.getMessage());
            }
            throw e;
        }
    }

    /**
     * @param channel a case's channel as stored @param submittedBy who filed it, as audited
     * @return whether it waits for a clerk's pre-review before acceptance: an applicant's own
     *         application through the online hall or WeChat (one a clerk keys in is accepted as at the counter)
     */
    static boolean preReviewed(String channel, String submittedBy) {
        return ("online".equals(channel) || "wechat".equals(channel)) && submittedBy != null && submittedBy.startsWith("applicant:");
    }

    static String action(CaseStatus status) {
        return switch (status) {
            case ACCEPTED -> "accept";
            case PRE_REVIEW -> "submit-online";
            case SUPPLEMENT_REQUESTED -> "request-supplement";
            default -> "not-accept";
        };
    }

    static String reason(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        findings.forEach(f -> parts.add(f.message()));
        String r = String.join("；", parts);
        return r.length() > 1000 ? r.substring(0, 997) + "…" : r;
    }
}
