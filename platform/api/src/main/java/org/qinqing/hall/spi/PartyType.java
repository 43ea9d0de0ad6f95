package org.qinqing.hall.spi;

/** Who may apply for an item: natural persons, legal persons (enterprises), or both. */
public enum PartyType {
    /** 自然人: identified by the 18-digit resident ID number (GB 11643). */
    PERSON("自然人"),
    /** 法人: identified by the Unified Social Credit Code (GB 32100). */
    ENTERPRISE("法人"),
    /** 自然人和法人. */
    BOTH("自然人、法人");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }

    /**
     * @param applicant the kind of the applicant, {@link #PERSON} or {@link #ENTERPRISE}
     * @return whether an applicant of that kind may apply
     */
    public boolean admits(PartyType applicant) {
        return this == BOTH || this == applicant;
    }
}
