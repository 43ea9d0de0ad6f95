package org.qinqing.hall.sla;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;
import org.qinqing.hall.spi.Notice;

/**
 * Scans a module's own deadlines each time the SLA scanner runs (whiteboard: register it as a
 * service). The scanner calls every participant after the case scan, one after the other; a
 * participant that throws is logged and does not stop the others. The warnings it passes on go out
 * through the hall's notifiers with the case warnings.
 */
@ConsumerType
public interface ScanParticipant {

    /** @return a short name for logs and the scan's answer, e.g. {@code demands} */
    String name();

    /**
     * Fires what is due today, each rung once (the participant keeps what it fired in its own rows).
     *
     * @param today the hall's date
     * @param notices receives each warning written, to be sent after the scan
     * @return how many subjects were due
     */
    int scan(LocalDate today, Consumer<Notice> notices);
}
