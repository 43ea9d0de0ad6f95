package org.qinqing.hall.cases.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.store.Tx;

/**
 * Counts case changes per department and new state into {@code hall_case_transitions_total}, once
 * the change is committed (a change rolled back is never counted): intake is the states a case is
 * submitted into (accepted, not_accepted, supplement_requested), decisions are approved and
 * denied, delivery is completed. A 秒批 case goes from accepted straight to completed; it is
 * counted as approved too, as its audit trail records.
 */
final class CaseCounts {
    static final String METER = "hall.case.transitions";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CaseCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts the change when its unit commits. */
    void changed(Tx tx, String department, CaseStatus from, CaseStatus to) {
        tx.onCommit(() -> {
            counter(department, to).increment();
            if (from == CaseStatus.ACCEPTED && to == CaseStatus.COMPLETED) {
                counter(department, CaseStatus.APPROVED).increment();
            }
        });
    }

    private Counter counter(String department, CaseStatus status) {
        return counters.computeIfAbsent(department + '\n' + status, k -> Counter.builder(METER)
                .description("Cases entering a state, per department: intake (accepted, not_accepted, supplement_requested),"
                        + " decisions (approved, denied), delivery (completed), and the others")
                .tag("department", department).tag("status", status.name().toLowerCase(Locale.ROOT)).register(registry));
    }
}
