package org.qinqing.hall.sla;

import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.Tx;

/**
 * Writes the SLA module's warnings and accountability records inside another module's write, for
 * subjects that are not cases: they show in {@code /api/v1/sla/notifications} and
 * {@code /api/v1/sla/accountability} like a case's, and a supervisor closes them the same way.
 */
@ProviderType
public interface SlaRecords {

    /**
     * Records a warning (not yet sent: pass the answer to the scan's notices).
     *
     * @param tx the caller's transaction
     * @param subject the subject's number (at most 32 characters), e.g. a demand number
     * @param department the department concerned
     * @param rung the step, at most 10 characters (e.g. {@code OFFICER}, {@code DEPT_HEAD})
     * @param recipient who is told (e.g. {@code DEPARTMENT_HEAD}), at most 30 characters
     * @param message the message, in Chinese
     * @return the warning as recorded
     */
    Notice warn(Tx tx, String subject, String department, String rung, String recipient, String message) throws SQLException;

    /**
     * Opens an accountability record for a subject, once: a second call for the same subject does nothing.
     * Its holders are read from the subject's audit trail (state changes), like a case's.
     *
     * @param tx the caller's transaction
     * @param subject the subject's number (at most 32 characters)
     * @param department the department that must explain
     * @param title what the subject is (at most 200 characters), shown where a case shows its item
     * @return whether a record was opened now
     */
    boolean openAccountability(Tx tx, String subject, String department, String title) throws SQLException;
}
