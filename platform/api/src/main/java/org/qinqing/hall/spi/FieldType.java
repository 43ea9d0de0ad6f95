package org.qinqing.hall.spi;

/** The type of an application form field; the platform validates values against it. */
public enum FieldType {
    /** Free text (bounded by the field's maximum length). */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number (amounts, areas). */
    DECIMAL,
    /** An ISO-8601 date, {@code YYYY-MM-DD}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the field's options. */
    CHOICE,
    /** An 18-digit resident ID number (GB 11643), check character and birth date verified. */
    RESIDENT_ID,
    /** An 18-character Unified Social Credit Code (GB 32100), check characters verified. */
    CREDIT_CODE,
    /** A mainland mobile or fixed-line phone number. */
    PHONE
}
