package org.qinqing.hall.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's approval logic for an item or a family of items.
 *
 * <p>The platform calls the handler at each step of a case; every method has a default, so a
 * handler overrides only the rules its items have. The platform itself already checks what
 * every item needs before calling {@link #check}: required form fields present and of the
 * right type, required materials present and not expired, the applicant's party type admitted.
 *
 * <p>Handlers must be stateless and fast (they run on request threads); they must not block
 * on I/O. A handler throwing an exception fails the single request with an error naming the
 * department, never the platform.
 */
@ConsumerType
public interface ApprovalHandler {

    /** A handler with no rules beyond the platform's standard checks. */
    ApprovalHandler STANDARD = new ApprovalHandler() { };

    /**
     * Formal check at intake (形式审查): is the application complete and admissible?
     *
     * @param application the application, without a case number yet
     * @return accept, supplement (naming what is missing) or reject (naming why)
     */
    default CheckResult check(Application application) {
        return CheckResult.accept();
    }

    /**
     * Decision rules (实质审查), run before an approver's approval takes effect and before an
     * instant approval: every finding returned blocks the approval and is shown to the approver.
     *
     * @param application the application under review
     * @return the rules the application breaks; empty when it may be approved
     */
    default List<Finding> review(Application application) {
        return List.of();
    }

    /**
     * Instant approval (秒批): whether this accepted application is approved by rule at once,
     * without an approver. Only asked for items flagged {@link Flag#INSTANT_APPROVAL}; the
     * platform still runs {@link #review} and approves only when it finds nothing.
     *
     * @param application the accepted application
     * @return true to approve automatically
     */
    default boolean approvesInstantly(Application application) {
        return false;
    }

    /**
     * The documents an approval issues (证照, 批文). They land in the applicant's vault.
     *
     * @param application the approved application, with its case number
     * @return the documents, possibly none
     */
    default List<IssuedDocument> issue(Application application) {
        return List.of();
    }
}
