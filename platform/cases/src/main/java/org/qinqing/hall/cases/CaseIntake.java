package org.qinqing.hall.cases;

import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.store.TxWork;

/**
 * Intake for platform modules: in two halves, to record a case inside their own write (a
 * composite and the sub-cases it starts at once, one commit for all), or whole, answering only
 * the case number.
 */
@ProviderType
public interface CaseIntake {

    /**
     * Does everything of {@link org.qinqing.hall.api.Cases#submit} that reads or calls the
     * department (checks, the formal check, the case number) now, outside any transaction.
     *
     * @return the write that records the case (it returns the case number), to run inside the
     *         caller's own write
     * @throws org.qinqing.hall.api.HallException as {@code submit} does, with nothing written
     */
    TxWork<String> prepare(Submission submission, Actor actor);

    /**
     * Intake as {@link org.qinqing.hall.api.Cases#submit} does it, for the platform that needs only
     * the case number (a composite starting a step later): no case view is built.
     *
     * @return the case number, or that of the first submission with the same idempotency key
     */
    String submitForNumber(Submission submission, Actor actor);
}
