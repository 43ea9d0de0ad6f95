package org.qinqing.hall.api.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.qinqing.hall.spi.PartyType;

/**
 * A validated party number: a resident ID number (person) or a credit code (enterprise). Both
 * have 18 characters; a number is a person's when its first 17 characters are digits and it
 * passes GB 11643, else it is read as a credit code.
 */
public final class PartyNumber {
    private final String value;
    private final PartyType kind;
    private final LocalDate birthDate;

    private PartyNumber(String value, PartyType kind, LocalDate birthDate) {
        this.value = value;
        this.kind = kind;
        this.birthDate = birthDate;
    }

    /**
     * @param raw the number as typed
     * @param today the date birth dates may not be after
     * @return the validated number
     * @throws InvalidNumberException saying what is wrong, for the kind the number looks like
     */
    public static PartyNumber parse(String raw, LocalDate today) {
        String n = ResidentIds.normalise(raw);
        if (!idShaped(n)) {
            if (n.length() != 18) {
                throw new InvalidNumberException("号码应为18位（身份证号码或统一社会信用代码），实际为" + n.length() + "位");
            }
            return new PartyNumber(CreditCodes.validate(n), PartyType.ENTERPRISE, null);
        }
        try {
            String v = ResidentIds.validate(n, today);
            return new PartyNumber(v, PartyType.PERSON, ResidentIds.birthDate(v, today));
        } catch (InvalidNumberException asPerson) {
            // an all-digit credit code has the same shape; accept it only if it passes as one
            try {
                return new PartyNumber(CreditCodes.validate(n), PartyType.ENTERPRISE, null);
            } catch (InvalidNumberException asEnterprise) {
                throw ResidentIds.provinceOk(n) ? asPerson : asEnterprise;
            }
        }
    }

    /**
     * Reads a number without checking its check characters: for a credit code a supervisor has
     * overridden, which the caller must have recorded in the audit trail.
     *
     * @param raw an 18-character code in the credit code alphabet
     * @return the number, as an enterprise's
     */
    public static PartyNumber overridden(String raw) {
        String n = ResidentIds.normalise(raw);
        if (n.length() != 18) {
            throw new InvalidNumberException("统一社会信用代码应为18位，实际为" + n.length() + "位");
        }
        return new PartyNumber(n, PartyType.ENTERPRISE, null);
    }

    /**
     * @param raw a number as typed, possibly invalid
     * @return "person" or "enterprise" for what it most looks like, or {@code null} if neither
     */
    public static String looksLike(String raw) {
        String n = ResidentIds.normalise(raw);
        if (n.length() != 18) {
            return null;
        }
        return idShaped(n) && ResidentIds.provinceOk(n) ? "person" : "enterprise";
    }

    /** 18 characters, the first 17 digits and the last a digit or X: the shape of an ID number. */
    private static boolean idShaped(String n) {
        if (n.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(n.charAt(i))) {
                return false;
            }
        }
        char last = n.charAt(17);
        return Character.isDigit(last) || last == 'X';
    }

    /** @return the normalised number */
    public String value() {
        return value;
    }

    /** @return PERSON or ENTERPRISE */
    public PartyType kind() {
        return kind;
    }

    /** @return birth date of a person, {@code null} for an enterprise */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @param on a date @return full years of age of a person on that date */
    public int ageOn(LocalDate on) {
        if (birthDate == null) {
            throw new IllegalStateException("an enterprise has no age");
        }
        return Period.between(birthDate, on).getYears();
    }

    /** @return whether the person is male (17th digit odd) */
    public boolean male() {
        if (kind != PartyType.PERSON) {
            throw new IllegalStateException("an enterprise has no sex");
        }
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** @return 6-digit region code (address code, or the registering authority's region) */
    public String regionCode() {
        return kind == PartyType.PERSON ? value.substring(0, 6) : value.substring(2, 8);
    }

    /** @return the number masked for display and logs: first 6 and last 4 kept */
    public String masked() {
        return Masking.mask(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyNumber && value.equals(((PartyNumber) o).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** @return the masked number: a party number never reaches a log in full by accident */
    @Override
    public String toString() {
        return masked();
    }
}
