package org.qinqing.hall.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reading and verifying the audit trail; writing happens inside the operations it records. */
@ProviderType
public interface AuditLog {

    /** @param subject a subject key, e.g. a case number @return its records in order */
    List<AuditEntry> forSubject(String subject);

    /**
     * @return the result of recomputing every hash and checking the chain end to end, and
     *         against every anchor of the anchor file (a good signature, and the anchored record
     *         still having the anchored hash — which a rewrite that recomputed every later hash fails)
     */
    AuditVerification verify();

    /**
     * Anchors the chain's head now: signed with the hall's key, appended to
     * {@code data/hall/audit-anchors.log} and sent to every {@link org.qinqing.hall.spi.Notifier}.
     *
     * @return the anchor
     * @since 1.1
     */
    org.qinqing.hall.spi.AuditAnchor anchor();
}
