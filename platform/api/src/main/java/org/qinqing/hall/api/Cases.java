package org.qinqing.hall.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Intake and the case lifecycle. Every change goes through the item's department handler, is
 * checked against the actor's roles, recorded in the audit trail and committed durably before
 * the call returns.
 */
@ProviderType
public interface Cases {

    /**
     * One-window intake: any clerk accepts any item; the department's formal check decides
     * accepted, supplement requested or not accepted. With an idempotency key, a retry returns
     * the first case.
     *
     * @return the case, with its access code
     */
    CaseView submit(Submission submission, Actor actor);

    /** @return the case, if the actor may see it @throws HallException 404 or 403 */
    CaseView get(String caseNumber, Actor actor);

    /**
     * @param caseNumbers case numbers
     * @return the summaries of those that exist, in the given order — for platform modules that
     *         show many cases at once (a composite's steps); no access check, no timeline
     */
    List<CaseSummary> summaries(List<String> caseNumbers);

    /** @param caseNumber a case @return the vault ids of the documents it issued, oldest first */
    List<Long> results(String caseNumber);

    /** @return the cases the actor may see that match */
    List<CaseSummary> list(CaseQuery query, Actor actor);

    /**
     * Applies an action.
     *
     * @throws HallException 409 for an action the case's state does not allow or a concurrent
     *         change, 403 for the wrong role or department, 422 when the department's rules refuse,
     *         503 when the department is not running
     */
    CaseView act(String caseNumber, CaseAction action, ActionInput input, Actor actor);

    /**
     * Applies one action to several cases in one transaction: every case changes, or none — e.g.
     * delivering the results of a composite's steps together.
     *
     * @throws HallException as {@link #act}, for the first case that refuses; then nothing changed
     */
    void actAll(List<String> caseNumbers, CaseAction action, ActionInput input, Actor actor);

    /**
     * An applicant's own action, proven by the access code on the intake receipt.
     */
    CaseView actAsApplicant(String caseNumber, String accessCode, CaseAction action, ActionInput input);

    /**
     * The public progress query.
     *
     * @param caseNumber case number
     * @param suffix last four characters of the applicant's number
     * @throws HallException 404 when the number and suffix do not match (same answer for both)
     */
    PublicProgress progress(String caseNumber, String suffix);

    /**
     * A case found by its number and a proof, as a rating or an invitation to rate needs it: the access code on the
     * intake receipt, or the last four characters of the applicant's number (as {@link #progress} takes them), or the
     * actor being the case's applicant or agent (a portal session). A system actor (a platform module) needs no proof.
     *
     * @param caseNumber case number
     * @param accessCode the access code, or {@code null}
     * @param suffix the last four characters of the applicant's number, or {@code null}
     * @param actor who asks
     * @return the case, in whatever state it is
     * @throws HallException 404 {@code unknown_case} when no case matches the proof (the same answer as for an
     *         unknown number), 400 naming {@code accessCode} when no proof is given
     * @since 1.3
     */
    ServedCase served(String caseNumber, String accessCode, String suffix, Actor actor);
}
