package org.qinqing.hall.spi;

import java.time.LocalDate;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** A material handed in with an application, uploaded or referenced from the vault. */
@ProviderType
public interface ProvidedMaterial {

    /** @return the code of the item's {@link Material} it satisfies */
    String code();

    /** @return the vault kind */
    String kind();

    /** @return title of the document */
    String title();

    /** @return issuing authority, or an empty string */
    String issuer();

    /** @return last day of validity, or {@code null} when it does not expire */
    LocalDate validUntil();

    /** @return whether it was reused from the applicant's vault */
    boolean fromVault();

    /** @return structured attributes recorded with the material (certificate number, level …) */
    Map<String, String> attributes();
}
