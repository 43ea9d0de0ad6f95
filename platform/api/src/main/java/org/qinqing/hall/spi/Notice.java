package org.qinqing.hall.spi;

import java.time.Instant;

/**
 * A deadline warning the platform sends through every {@link Notifier}. Departments read it;
 * the platform makes it with {@link #builder()} (as the SPI's other value types, so that it can
 * gain optional attributes in minor versions: code that builds one keeps compiling, and a
 * {@code Notifier} only calls the accessors).
 *
 * @param id the notification's id (its record is visible in the UI and API)
 * @param caseNumber the case
 * @param department the department holding it
 * @param rung YELLOW (promised time mostly used), RED (promised deadline passed), OVERDUE (legal deadline passed)
 * @param recipient DEPARTMENT, DEPARTMENT_HEAD or SUPERVISION_OFFICE
 * @param message the message, in Chinese
 * @param at when it was raised
 */
public record Notice(long id, String caseNumber, String department, String rung, String recipient, String message, Instant at) {

    /** @return a builder: every attribute but the id (0 unless set) is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Notice}.
     *
     * @since 1.3
     */
    public static final class Builder {
        private long id;
        private String caseNumber;
        private String department;
        private String rung;
        private String recipient;
        private String message;
        private Instant at;

        private Builder() {
        }

        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /** @param caseNumber the case, and the department holding it */
        public Builder caseOf(String caseNumber, String department) {
            this.caseNumber = caseNumber;
            this.department = department;
            return this;
        }

        /** @param rung YELLOW, RED, OVERDUE (or another kind, e.g. a moved deadline) @param recipient who is told */
        public Builder rung(String rung, String recipient) {
            this.rung = rung;
            this.recipient = recipient;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        /** @return the notice @throws NullPointerException naming a missing attribute */
        public Notice build() {
            return new Notice(id, java.util.Objects.requireNonNull(caseNumber, "caseNumber"),
                    java.util.Objects.requireNonNull(department, "department"), java.util.Objects.requireNonNull(rung, "rung"),
                    java.util.Objects.requireNonNull(recipient, "recipient"), java.util.Objects.requireNonNull(message, "message"),
                    java.util.Objects.requireNonNull(at, "at"));
        }
    }
}
