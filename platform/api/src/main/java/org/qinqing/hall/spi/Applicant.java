package org.qinqing.hall.spi;

import java.time.LocalDate;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The applicant of an application, as the platform knows them from their party profile. */
@ProviderType
public interface Applicant {

    /** @return the resident ID number or Unified Social Credit Code, normalised (upper case) */
    String number();

    /** @return {@link PartyType#PERSON} or {@link PartyType#ENTERPRISE}, never {@code BOTH} */
    PartyType kind();

    /** @return the name of the person or enterprise, or an empty string when no profile is on file */
    String name();

    /** @return the birth date read from the ID number of a person; {@code null} for an enterprise */
    LocalDate birthDate();

    /**
     * @param on the reference date
     * @return full years of age on that date
     * @throws IllegalStateException for an enterprise
     */
    int ageOn(LocalDate on);

    /**
     * @return whether the person is male (17th digit of the ID number odd)
     * @throws IllegalStateException for an enterprise
     */
    boolean male();

    /** @return the 6-digit region code of the ID number or of the registering authority */
    String regionCode();

    /** @return further profile attributes (phone, address, legal representative …), read-only */
    Map<String, String> profile();
}
