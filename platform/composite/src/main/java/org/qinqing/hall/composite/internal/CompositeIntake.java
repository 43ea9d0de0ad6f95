package org.qinqing.hall.composite.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.cases.AccessCodes;
import org.qinqing.hall.cases.IntakeChecks;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.spi.contract.FormValues;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.TxWork;

/**
 * One-window intake of a composite (一次提交): the shared form and materials are checked against
 * every step before anything is written, so no step later finds something missing that the
 * applicant could have handed in at the window.
 */
final class CompositeIntake {
    private final CompositeContext ctx;
    private final Definitions definitions;
    private final StepStarter starter;
    private final CommittedComposites committed;
    private final CompositeNumbers numbers;
    private final IntakeChecks checks;

    CompositeIntake(CompositeContext ctx, Definitions definitions, StepStarter starter, CommittedComposites committed) {
        this.ctx = ctx;
        this.definitions = definitions;
        this.starter = starter;
        this.committed = committed;
        this.numbers = new CompositeNumbers(ctx.db());
        this.checks = new IntakeChecks(ctx.parties());
    }

    /**
     * What intake did.
     *
     * @param caseNumber the composite case number
     * @param allStarted whether every step ready from the start got its sub-case in the composite's own write
     */
    record Accepted(String caseNumber, boolean allStarted) {
    }

    /**
     * Accepts a composite. Without uploads (whose vault ids only the write gives), the sub-cases
     * of the steps ready from the start are prepared now and recorded in the same write: one
     * commit for the composite and its first sub-cases.
     *
     * <p>Prepared on the hall's date, written with the writer's time: should midnight fall in
     * between, the write is refused whole ({@value #DAY_CHANGED}, by its own check or by a first
     * sub-case's, as counter intake is) and the composite is prepared again, once, on the new day —
     * so its number, acceptance day, deadlines and timestamps, and its first sub-cases', name one day.
     *
     * @return the new composite case, or that of the first submission with the same idempotency key
     */
    Accepted submit(Submission s, Actor actor) {
        try {
            return attempt(s, actor);
        } catch (HallException e) {
            if (!DAY_CHANGED.equals(e.error())) {
                throw e;
            }
            return attempt(s, actor);
        }
    }

    /** The error of a write refused because the hall's date changed since it was prepared (the case module's too). */
    static final String DAY_CHANGED = "day_changed";

    private Accepted attempt(Submission s, Actor actor) {
        checks.caller(s, actor);
        Registry.Entry entry = ctx.registry().find(s.itemCode())
                .orElseThrow(() -> HallException.invalid("itemCode", "no composite item " + s.itemCode()));
        CompositeInfo info = definitions.info(entry);
        if (!info.active()) {
            throw HallException.unavailable("composite_unavailable", "「" + info.name() + "」" + info.message());
        }
        PartyNumber applicant = checks.applicant(s, info.party(), info.name());
        String key = s.idempotencyKey();
        String hash = IntakeChecks.requestHash(s);
        if (key != null) {
            String[] seen = ctx.db().read(c -> CompositeRepository.idempotent(c, actor.id(), key));
            if (seen != null) {
                return new Accepted(IntakeChecks.replay(seen, hash), false);
            }
        }
        // the same party, agent and profile checks as at the counter: the agent takes materials from their own vault too
        PartyNumber agent = checks.agent(s, applicant);
        IntakeChecks.Applicant profile = checks.profile(s, applicant);
        String name = profile.name();
        LocalDate today = ctx.clock().today();
        Map<String, Object> form = checkForm(entry, info, s.form(), today);
        Set<String> holders = agent == null ? Set.of(applicant.value()) : Set.of(applicant.value(), agent.value());
        List<MaterialInput> inputs = s.materials() == null ? List.of() : s.materials();
        checkMaterials(entry, info, inputs, holders, today);

        List<StepRow> steps = stepRows(entry);
        int promised = entry.graph().criticalPath(st -> definitions.item(st).orElseThrow().item().promisedLimit());
        int legal = entry.graph().criticalPath(st -> definitions.item(st).orElseThrow().item().legalLimit());
        CompositeRow row = new CompositeRow();
        row.code = info.code();
        row.name = info.name();
        row.bundleVersion = entry.bundle() + " " + entry.version();
        row.applicant = applicant.value();
        row.applicantName = name;
        row.agent = agent == null ? null : agent.value();
        row.channel = s.channel().name().toLowerCase(java.util.Locale.ROOT);
        row.window = s.window();
        row.accessCode = AccessCodes.next();
        row.submittedBy = actor.auditName();
        row.acceptedOn = today;
        row.promisedDeadline = ctx.calendar().deadline(today, promised, LimitUnit.WORKING_DAYS);
        row.legalDeadline = ctx.calendar().deadline(today, legal, LimitUnit.WORKING_DAYS);
        row.status = StepStatus.IN_PROGRESS;
        row.visits = s.channel() == Channel.COUNTER || s.channel() == Channel.KIOSK ? 1 : 0;
        row.formJson = Json.write(form);
        row.profileJson = profile.known() ? null : Json.write(new Json.Profile(name, profile.fields()));
        row.version = 1;
        row.id = numbers.next();
        row.caseNumber = CompositeNumbers.number(today, row.id);
        boolean uploads = inputs.stream().anyMatch(m -> m.content() != null);
        if (!uploads) {
            row.materialsJson = Json.write(inputs.stream().map(m -> shared(m, m.vaultId())).toList());
        }
        List<TxWork<String>> first = new ArrayList<>();
        boolean allStarted = !uploads;
        for (StepRow st : steps) {
            if (!uploads && st.is(StepStatus.READY)) {
                Optional<TxWork<String>> work = starter.prepareFirst(row, steps, st);
                work.ifPresent(first::add);
                allStarted &= work.isPresent();
            }
        }
        String number = ctx.db().write(tx -> {
            LocalDate committing = LocalDate.ofInstant(tx.now(), org.qinqing.hall.api.HallClock.ZONE);
            if (!committing.equals(today)) {
                throw HallException.conflict(DAY_CHANGED, "the hall's date changed from " + today + " to " + committing
                        + " while the application was being accepted; nothing was saved, submit it again");
            }
            if (key != null) {
                String[] seen = CompositeRepository.idempotent(tx, actor.id(), key);
                if (seen != null) {
                    return IntakeChecks.replay(seen, hash);
                }
            }
            row.submittedAt = tx.now();
            if (uploads) {
                List<Json.SharedMaterial> shared = new ArrayList<>();
                for (MaterialInput m : inputs) {
                    Long vaultId = m.vaultId();
                    if (m.content() != null) {
                        Material def = info.materials().stream().filter(x -> x.code().equals(m.code())).findFirst().orElseThrow();
                        vaultId = ctx.vaultStore().insert(tx, new NewMaterial(applicant.value(), def.kind(), title(m, def), "",
                                m.validUntil(), m.contentType(), m.content(), Map.of(), null), actor, false).id();
                    }
                    shared.add(shared(m, vaultId));
                }
                row.materialsJson = Json.write(shared);
            }
            CompositeRepository.insert(tx, row);
            tx.creates(row.caseNumber); // a new number (unique in composite_case): its timeline starts with this unit
            for (StepRow st : steps) {
                st.caseId = row.id;
                CompositeRepository.insertStep(tx, st);
            }
            if (key != null) {
                CompositeRepository.remember(tx, actor.id(), key, hash, row.caseNumber);
            }
            tx.audit(new AuditRecord("composite", row.caseNumber, "accept", actor.auditName(), actor.channelName(), s.window(), null,
                    StepStatus.IN_PROGRESS, null, "{\"composite\":\"" + info.code() + "\",\"applicant\":\""
                            + Masking.mask(applicant.value()) + "\",\"steps\":" + steps.size() + "}"));
            // what this unit wrote, for the first sub-cases' moves below and for readers once it commits
            CompositeRepository.State wrote = new CompositeRepository.State(row, steps).copy();
            committed.published(tx, wrote);
            // the first sub-cases' moves of their steps start from what this unit wrote, not from a read of it
            committed.withOwn(tx, wrote, t -> {
                for (TxWork<String> sub : first) {
                    sub.apply(t);
                }
                return null;
            });
            return row.caseNumber;
        });
        // a replayed key answers the first composite, whose steps are its own
        return new Accepted(number, allStarted && number.equals(row.caseNumber));
    }

    /** A material of the application as the composite keeps it. */
    private static Json.SharedMaterial shared(MaterialInput m, Long vaultId) {
        return new Json.SharedMaterial(m.code(), vaultId, m.presented(), m.title(), m.validUntil() == null ? null : m.validUntil().toString());
    }

    private List<StepRow> stepRows(Registry.Entry entry) {
        List<StepRow> out = new ArrayList<>();
        int seq = 0;
        for (Step st : entry.graph().order()) {
            CatalogueItem ci = definitions.item(st).orElseThrow();
            StepRow r = new StepRow();
            r.stepId = st.id();
            r.seq = seq++;
            r.itemCode = st.itemCode();
            r.department = st.department();
            r.dependsOn = st.dependsOn();
            r.promisedDays = ci.item().promisedLimit();
            r.legalDays = ci.item().legalLimit();
            r.stepJson = Json.write(st);
            r.status = st.dependsOn().isEmpty() ? StepStatus.READY : StepStatus.WAITING;
            out.add(r);
        }
        return out;
    }

    /** Types the shared form against every step that takes a field from it; unknown fields are refused. */
    private Map<String, Object> checkForm(Registry.Entry entry, CompositeInfo info, Map<String, Object> raw, LocalDate today) {
        Map<String, Object> form = raw == null ? Map.of() : raw;
        Map<String, FormField> shared = new LinkedHashMap<>();
        info.fields().forEach(f -> shared.put(f.key(), f));
        for (Map.Entry<String, Object> e : form.entrySet()) {
            FormField f = shared.get(e.getKey());
            if (f == null) {
                throw HallException.invalid("form." + e.getKey(), "「" + info.name() + "」has no form field '" + e.getKey()
                        + "'; its fields are " + shared.keySet());
            }
            Object v = e.getValue();
            if (v != null && !(v instanceof String && ((String) v).isBlank())) {
                try {
                    FormValues.convert(f, v, today);
                } catch (IllegalArgumentException bad) {
                    throw HallException.invalid("form." + f.key(), bad.getMessage());
                }
            }
        }
        for (Step st : entry.composite().steps()) {
            for (FormField f : definitions.item(st).orElseThrow().item().fields()) {
                String key = st.fields().getOrDefault(f.key(), f.key());
                Object v = form.get(key);
                if (f.required() && !st.values().containsKey(f.key()) && (v == null || v instanceof String && ((String) v).isBlank())) {
                    throw HallException.invalid("form." + key, f.label() + "未填写（" + stepName(st) + "需要）");
                }
            }
        }
        return new LinkedHashMap<>(form);
    }

    /** Every mandatory material of every step comes from the application, from the vault, or from an earlier step. */
    private void checkMaterials(Registry.Entry entry, CompositeInfo info, List<MaterialInput> inputs, Set<String> holders, LocalDate today) {
        Map<String, MaterialInput> given = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            MaterialInput m = inputs.get(i);
            String at = "materials[" + i + "]";
            if (m == null || m.code() == null || info.materials().stream().noneMatch(x -> x.code().equals(m.code()))) {
                throw HallException.invalid(at + ".code", "「" + info.name() + "」asks for no material '" + (m == null ? null : m.code())
                        + "'; its materials are " + info.materials().stream().map(Material::code).toList());
            }
            if (given.put(m.code(), m) != null) {
                throw HallException.invalid(at + ".code", "material " + m.code() + " is given twice");
            }
            int ways = (m.vaultId() != null ? 1 : 0) + (m.content() != null ? 1 : 0) + (m.presented() ? 1 : 0);
            if (ways != 1) {
                throw HallException.invalid(at, "give exactly one of vaultId (reuse from the vault), content (upload, base64) or"
                        + " presented (original checked at the counter)");
            }
            if (m.content() != null && m.contentType() == null) {
                throw HallException.invalid(at + ".contentType", "an upload needs its contentType (application/pdf, image/jpeg, image/png)");
            }
            if (m.vaultId() != null) {
                VaultMaterial v = ctx.vault().get(m.vaultId()).orElseThrow(() ->
                        HallException.invalid(at + ".vaultId", "no material " + m.vaultId() + " in the vault"));
                if (!holders.contains(v.holder())) {
                    throw HallException.invalid(at + ".vaultId", "material " + m.vaultId() + " belongs to another party");
                }
            }
        }
        for (Step st : entry.composite().steps()) {
            for (Material m : definitions.item(st).orElseThrow().item().materials()) {
                if (!m.required() || st.results().containsKey(m.code())) {
                    continue;
                }
                String code = st.materials().getOrDefault(m.code(), m.code());
                if (given.containsKey(code) || m.reusable() && inVault(holders, m.kind(), today)) {
                    continue;
                }
                throw HallException.invalid("materials", "缺少「" + m.name() + "」（" + stepName(st) + "需要，材料代码 " + code + "）");
            }
        }
    }

    private boolean inVault(Set<String> holders, String kind, LocalDate today) {
        return holders.stream().flatMap(h -> ctx.vault().list(h).stream()).anyMatch(v -> v.kind().equals(kind) && !v.expiredOn(today));
    }

    private String stepName(Step st) {
        return definitions.item(st).map(ci -> ci.departmentName() + "「" + ci.item().name() + "」").orElse(st.itemCode());
    }

    private static String title(MaterialInput m, Material def) {
        return m.title() == null || m.title().isBlank() ? def.name() : m.title().trim();
    }
}
