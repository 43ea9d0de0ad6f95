package org.qinqing.hall.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reading and verifying the audit trail; writing happens inside the operations it records. */
@ProviderType
public interface AuditLog {

    /** @param subject a subject key, e.g. a case number @return its records in order */
    List<AuditEntry> forSubject(String subject);

    /** @return the result of recomputing every hash and checking the chain end to end */
    AuditVerification verify();
}
