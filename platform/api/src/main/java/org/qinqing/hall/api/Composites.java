package org.qinqing.hall.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Parallel approval (并联审批): composite items from composite bundles, and composite cases — one
 * application fanned out to sub-cases of several departments, each started when the steps before
 * it are approved, the documents they issue fed to the later steps from the vault.
 */
@ProviderType
public interface Composites {

    /** Prefix of composite case numbers ({@code NC} + date + sequence); sub-cases keep {@code NS}. */
    String NUMBER_PREFIX = "NC";

    /** @param caseNumber a case number @return whether it names a composite case */
    static boolean isCompositeNumber(String caseNumber) {
        return caseNumber != null && caseNumber.startsWith(NUMBER_PREFIX);
    }

    /** @return every composite seen since start, by code, with its availability */
    List<CompositeInfo> composites();

    /** @param code a composite code @return the composite, if any bundle offers it */
    Optional<CompositeInfo> composite(String code);

    /**
     * One-window intake of a composite: the form and the materials are checked against every step
     * at once, then the steps without predecessors start as sub-cases.
     *
     * @throws HallException 400 naming the field or material, 503 naming a missing department
     */
    CompositeCase submit(Submission submission, Actor actor);

    /** @return the composite case, if the actor may see it @throws HallException 404 or 403 */
    CompositeCase get(String caseNumber, Actor actor);

    /**
     * @param openOnly only cases not yet completed or denied
     * @param limit at most this many, newest first
     * @return the composite cases the actor may see
     */
    List<CompositeCase> list(boolean openOnly, int limit, Actor actor);

    /**
     * Delivers the results of an approved composite case (一次领取): completes every sub-case and
     * the composite.
     *
     * @param delivery WINDOW, MAIL or ELECTRONIC
     * @throws HallException 409 unless every step is approved
     */
    CompositeCase complete(String caseNumber, String delivery, Actor actor);

    /**
     * The public progress query of a composite case: its steps and their states, nothing personal.
     *
     * @throws HallException 404 when the number and suffix do not match
     */
    PublicProgress progress(String caseNumber, String suffix);

    /** @return time and visits saved against doing the steps one after another, per composite */
    List<CompositeStats> stats();
}
