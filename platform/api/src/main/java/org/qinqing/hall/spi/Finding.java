package org.qinqing.hall.spi;

import java.util.Objects;

/**
 * One problem a department check found: what it concerns (a form field key, a material code, or
 * {@code null} for the application as a whole) and a message for the applicant, in Chinese.
 */
public final class Finding {
    private final String subject;
    private final String message;

    private Finding(String subject, String message) {
        this.subject = subject;
        this.message = Objects.requireNonNull(message, "message");
    }

    /** @param key form field key @param message what is wrong @return the finding */
    public static Finding field(String key, String message) {
        return new Finding(Objects.requireNonNull(key, "key"), message);
    }

    /** @param code material code @param message what is wrong or missing @return the finding */
    public static Finding material(String code, String message) {
        return new Finding(Objects.requireNonNull(code, "code"), message);
    }

    /** @param message which rule the application breaks @return a finding about the whole application */
    public static Finding rule(String message) {
        return new Finding(null, message);
    }

    /** @return the field key or material code, or {@code null} */
    public String subject() {
        return subject;
    }

    /** @return the message */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return subject == null ? message : subject + ": " + message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding && Objects.equals(subject, ((Finding) o).subject)
                && message.equals(((Finding) o).message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, message);
    }
}
