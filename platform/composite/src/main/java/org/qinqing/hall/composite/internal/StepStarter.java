package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.store.TxWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts READY steps as department sub-cases. The step moves from READY to RUNNING in the
 * sub-case's own intake transaction, and only from READY ({@link StepListener}): starting a step
 * twice — after a crash, or from two threads — yields one sub-case, the second start's transaction
 * being refused whole.
 */
final class StepStarter {
    private static final Logger LOG = LoggerFactory.getLogger(StepStarter.class);

    private final CompositeContext ctx;
    private final Definitions definitions;
    private final CommittedComposites committed;

    StepStarter(CompositeContext ctx, Definitions definitions, CommittedComposites committed) {
        this.ctx = ctx;
        this.definitions = definitions;
        this.committed = committed;
    }

    /** Starts every READY step of the composite case; what cannot start now keeps a message saying why. */
    void startReady(String caseNumber) {
        CompositeRepository.State state = committed.get(ctx.db(), caseNumber).orElse(null);
        if (state == null || !state.composite().status.equals(StepStatus.IN_PROGRESS)) {
            return;
        }
        CompositeRow c = state.composite();
        List<StepRow> steps = state.steps();
        for (StepRow s : steps) {
            if (s.is(StepStatus.READY)) {
                start(c, steps, s);
            }
        }
    }

    private void start(CompositeRow c, List<StepRow> steps, StepRow s) {
        Step def = Json.step(s.stepJson);
        CatalogueItem ci = definitions.item(def).orElse(null);
        if (ci == null) {
            note(c, s, "等待部门恢复：" + definitions.missing(def));
            return;
        }
        try {
            ctx.caseIntake().submitForNumber(submission(c, steps, def, ci), CompositeContext.SYSTEM);
        } catch (HallException e) {
            if (StepListener.STARTED.equals(e.error())) {
                LOG.debug("Step {} of {} was started meanwhile: {}", s.stepId, c.caseNumber, e.getMessage());
            } else if (e.kind() == HallException.Kind.UNAVAILABLE) {
                note(c, s, "等待部门恢复：" + e.getMessage());
            } else {
                LOG.error("Step {} of composite case {} cannot start: {} {}", s.stepId, c.caseNumber, e.error(), e.getMessage());
                note(c, s, "无法启动（" + (e.field() == null ? e.error() : e.field()) + "）：" + e.getMessage());
            }
        }
    }

    /**
     * Prepares the sub-case of a step that is READY from the start (no earlier step), to be
     * recorded in the composite's own write. @return the write, or empty when the step cannot
     * start now (its department away, its rules refusing): it then stays READY and starts (or
     * says why not) after the composite's commit, as any ready step does
     */
    Optional<TxWork<String>> prepareFirst(CompositeRow c, List<StepRow> steps, StepRow s) {
        Step def = Json.step(s.stepJson);
        CatalogueItem ci = definitions.item(def).orElse(null);
        if (ci == null || !def.dependsOn().isEmpty() || !def.results().isEmpty() || def.applicantFrom() != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ctx.caseIntake().prepare(submission(c, steps, def, ci), CompositeContext.SYSTEM));
        } catch (HallException e) {
            LOG.debug("Step {} of {} starts after the composite's commit: {}", s.stepId, c.caseNumber, e.getMessage());
            return Optional.empty();
        }
    }

    private void note(CompositeRow c, StepRow s, String message) {
        String m = message.length() > 1000 ? message.substring(0, 997) + "…" : message;
        if (!Objects.equals(m, s.message)) {
            ctx.db().write(tx -> {
                CompositeRepository.noteStep(tx, c.id, s.stepId, m);
                committed.dropped(tx, c.caseNumber);
                return null;
            });
        }
    }

    /**
     * The sub-case's application: its fields from the shared form, its materials from the shared
     * ones and earlier results. Without an idempotency key: the step's own state keeps it from
     * being started twice.
     */
    private Submission submission(CompositeRow c, List<StepRow> steps, Step def, CatalogueItem ci) {
        Map<String, Object> shared = Json.form(c.formJson);
        Map<String, Object> form = new LinkedHashMap<>();
        for (FormField f : ci.item().fields()) {
            if (def.values().containsKey(f.key())) {
                form.put(f.key(), def.values().get(f.key()));
            } else {
                Object v = shared.get(def.fields().getOrDefault(f.key(), f.key()));
                if (v != null) {
                    form.put(f.key(), v);
                }
            }
        }
        Map<String, Json.SharedMaterial> given = new LinkedHashMap<>();
        Json.materials(c.materialsJson).forEach(m -> given.put(m.code(), m));
        List<MaterialInput> materials = new ArrayList<>();
        for (Material m : ci.item().materials()) {
            String from = def.results().get(m.code());
            if (from != null) {
                VaultMaterial doc = result(steps, from, m.kind());
                if (doc != null) {
                    materials.add(new MaterialInput(m.code(), doc.id(), null, null, null, null, false));
                }
                continue;
            }
            Json.SharedMaterial sm = given.get(def.materials().getOrDefault(m.code(), m.code()));
            if (sm != null) {
                materials.add(new MaterialInput(m.code(), sm.vaultId(), sm.title(), null, null,
                        sm.validUntil() == null ? null : LocalDate.parse(sm.validUntil()), sm.vaultId() == null && sm.presented()));
            }
        }
        String applicant = c.applicant;
        String agent = c.agent;
        String name = null;
        Map<String, String> fields = Map.of();
        Json.Profile p = Json.profile(c.profileJson);
        if (p != null) {
            name = p.name();
            fields = p.fields();
        }
        Step.ApplicantFrom af = def.applicantFrom();
        if (af != null) {
            VaultMaterial doc = result(steps, af.step(), af.documentKind());
            if (doc == null || doc.attributes().get(af.numberAttribute()) == null) {
                throw HallException.conflict("no_applicant", "step " + af.step() + " issued no " + af.documentKind() + " with "
                        + af.numberAttribute());
            }
            applicant = doc.attributes().get(af.numberAttribute());
            agent = c.applicant;
            name = doc.attributes().get(af.nameAttribute());
            fields = Map.of();
            actFor(applicant, agent);
        }
        String origin = c.caseNumber + "/" + def.id();
        Channel channel = Channel.valueOf(c.channel.toUpperCase(java.util.Locale.ROOT));
        if (ctx.parties().find(applicant).map(PartyProfile::name).isPresent()) {
            name = null;
        }
        return new Submission(def.itemCode(), applicant, form, materials, channel, c.window, agent, name, fields,
                null, origin);
    }

    /** The composite's applicant becomes the agent (经办人) of the enterprise an earlier step brought into being. */
    private void actFor(String enterprise, String person) {
        boolean known = ctx.parties().agents(enterprise).stream().anyMatch(a -> a.agent().equals(person));
        if (!known) {
            try {
                ctx.parties().addAgent(enterprise, person, "经办人（并联审批）", CompositeContext.SYSTEM);
            } catch (HallException e) {
                if (e.kind() != HallException.Kind.CONFLICT) {
                    throw e;
                }
            }
        }
    }

    /** @return the document of the given kind an earlier step's sub-case issued (its first one if none has the kind) */
    private VaultMaterial result(List<StepRow> steps, String stepId, String kind) {
        StepRow from = steps.stream().filter(x -> x.stepId.equals(stepId)).findFirst().orElse(null);
        if (from == null || from.subCase == null) {
            return null;
        }
        VaultMaterial first = null;
        for (Long id : ctx.cases().results(from.subCase)) {
            VaultMaterial v = ctx.vault().get(id).orElse(null);
            if (v != null && v.kind().equals(kind)) {
                return v;
            }
            if (first == null) {
                first = v;
            }
        }
        return first;
    }

    /** Withdraws the sub-cases still running after the composite ended. */
    void withdrawRunning(String caseNumber, String reason) {
        CompositeRow c = ctx.db().read(conn -> CompositeRepository.find(conn, caseNumber)).orElse(null);
        if (c == null) {
            return;
        }
        for (StepRow s : ctx.db().read(conn -> CompositeRepository.steps(conn, c.id))) {
            if (s.is(StepStatus.RUNNING) && s.subCase != null) {
                try {
                    ctx.cases().act(s.subCase, CaseAction.WITHDRAW, ActionInput.reason(reason), CompositeContext.SYSTEM);
                } catch (HallException e) {
                    LOG.info("Sub-case {} of {} not withdrawn: {}", s.subCase, caseNumber, e.getMessage());
                }
            }
        }
    }
}
