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

    Intake(CaseContext ctx) {
        this.ctx = ctx;
        this.resolver = new MaterialResolver(ctx.vault());
    }

    /** @return the case number, or that of the first submission with the same idempotency key */
    String submit(Submission s, Actor actor) {
        TxWork<String> work = prepare(s, actor);
        return work instanceof Replayed r ? r.caseNumber() : ctx.db().write(work);
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
        if (actor.kind() == Actor.Kind.STAFF && !actor.has(Roles.CLERK)) {
            throw HallException.forbidden("user " + actor.id() + " lacks the clerk role: only clerks accept applications at a window");
        }
        if (s.origin() != null && actor.kind() != Actor.Kind.SYSTEM) {
            throw HallException.invalid("origin", "only the platform starts a composite's sub-cases");
        }
        if (s.channel() == null) {
            throw HallException.invalid("channel", "channel is required: counter, online, wechat or kiosk");
        }
        if (s.itemCode() == null || s.itemCode().isBlank()) {
            throw HallException.invalid("itemCode", "itemCode is required");
        }
        CatalogueItem ci = item(s.itemCode());
        PartyNumber applicant = ctx.parties().parse(s.applicantNumber(), "applicantNumber");
        String key = s.idempotencyKey();
        String requestHash = key == null ? null : hash(s);
        if (key != null) {
            if (key.isBlank() || key.length() > 128) {
                throw HallException.invalid("Idempotency-Key", "an idempotency key has 1 to 128 characters");
            }
            String[] seen = ctx.db().read(c -> CaseRepository.idempotent(c, actor.id(), key));
            if (seen != null) {
                return new Replayed(replay(seen, requestHash));
            }
        }
        Item item = ci.item();
        if (!item.party().admits(applicant.kind())) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "party_not_admitted", "applicantNumber",
                    "「" + item.name() + "」仅受理" + item.party().label() + "申请，" + applicant.masked() + "是"
                            + applicant.kind().label());
        }
        PartyNumber agent = agent(s, applicant);
        Optional<PartyProfile> profile = ctx.parties().find(applicant.value());
        if (profile.isEmpty() && (s.profileName() == null || s.profileName().isBlank())) {
            throw HallException.invalid("profile.name", applicant.kind() == PartyType.PERSON
                    ? "首次办理须登记申请人姓名（信息一次采集）" : "首次办理须登记企业名称（信息一次采集）");
        }
        if (profile.isPresent() && s.profileName() != null && !s.profileName().trim().equals(profile.get().name())) {
            throw HallException.conflict("profile_changed", "the applicant's profile says " + profile.get().name() + " (version "
                    + profile.get().version() + "); change it with PUT /api/v1/parties/{number} first, never by an application");
        }
        String name = profile.map(PartyProfile::name).orElseGet(() -> s.profileName().trim());
        Map<String, String> fields = profile.map(PartyProfile::fields).orElseGet(s::profileFields);

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
                accept(row, item, today);
                if (item.has(Flag.INSTANT_APPROVAL)
                        && CaseContext.department(ci.department(), () -> handler.approvesInstantly(app))
                        && CaseContext.department(ci.department(), () -> handler.review(app)).isEmpty()) {
                    issued = CaseContext.department(ci.department(), () -> handler.issue(app));
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
        boolean newParty = profile.isEmpty();
        return tx -> {
            if (key != null) {
                String[] seen = CaseRepository.idempotent(tx, actor.id(), key);
                if (seen != null) {
                    return replay(seen, requestHash);
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
        if (!CaseRepository.update(tx, before, row, false)) {
            throw new IllegalStateException("case " + row.caseNumber + " changed during its own intake");
        }
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

    private PartyNumber agent(Submission s, PartyNumber applicant) {
        if (s.agentNumber() == null || s.agentNumber().isBlank()) {
            return null;
        }
        PartyNumber agent = ctx.parties().parse(s.agentNumber(), "agentNumber");
        if (applicant.kind() != PartyType.ENTERPRISE || agent.kind() != PartyType.PERSON) {
            throw HallException.invalid("agentNumber", "经办人（自然人）只能代理企业办理");
        }
        boolean registered = ctx.parties().agents(applicant.value()).stream().anyMatch(a -> a.agent().equals(agent.value()));
        if (!registered) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "agent_not_registered", "agentNumber", agent.masked()
                    + "不是" + applicant.masked() + "登记的经办人，请先登记授权（POST /api/v1/parties/{number}/agents）");
        }
        return agent;
    }

    private static String replay(String[] seen, String requestHash) {
        if (!seen[1].equals(requestHash)) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "idempotency_key_reused", "Idempotency-Key",
                    "this idempotency key was used for a different application (case " + seen[0] + "); use a new key");
        }
        return seen[0];
    }

    static String action(CaseStatus status) {
        return switch (status) {
            case ACCEPTED -> "accept";
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

    /** A hash of everything that defines the application, to tell a retry from a different request. */
    private static String hash(Submission s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.itemCode()).append('|').append(s.applicantNumber()).append('|').append(JsonCodec.write(new java.util.TreeMap<>(s.form())))
                .append('|').append(s.channel()).append('|').append(s.window()).append('|').append(s.agentNumber()).append('|');
        for (MaterialInput m : s.materials()) {
            sb.append(m.code()).append(':').append(m.vaultId()).append(':').append(m.presented()).append(':')
                    .append(m.content() == null ? "" : sha(m.content())).append(';');
        }
        return sha(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the SHA-256 of the bytes, in hex */
    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
