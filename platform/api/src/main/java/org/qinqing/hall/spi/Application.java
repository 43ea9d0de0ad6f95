package org.qinqing.hall.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An application as the platform hands it to a department's {@link ApprovalHandler}: the item,
 * the applicant, the form values (already validated against the item's {@link FormField}s)
 * and the materials.
 */
@ProviderType
public interface Application {

    /** @return the item applied for, in the version the case was accepted under */
    Item item();

    /** @return the applicant */
    Applicant applicant();

    /** @return form values by field key: String, Long, BigDecimal, LocalDate or Boolean */
    Map<String, Object> form();

    /** @param key field key @return the text value, or {@code null} */
    default String text(String key) {
        Object v = form().get(key);
        return v == null ? null : v.toString();
    }

    /** @param key field key @return the whole-number value, or {@code null} */
    default Long integer(String key) {
        Object v = form().get(key);
        return v instanceof Number ? ((Number) v).longValue() : null;
    }

    /** @param key field key @return the decimal value, or {@code null} */
    default BigDecimal decimal(String key) {
        Object v = form().get(key);
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        return v instanceof Number ? new BigDecimal(v.toString()) : null;
    }

    /** @param key field key @return the date value, or {@code null} */
    default LocalDate date(String key) {
        Object v = form().get(key);
        return v instanceof LocalDate ? (LocalDate) v : null;
    }

    /** @param key field key @return the boolean value, or {@code false} when absent */
    default boolean flag(String key) {
        return Boolean.TRUE.equals(form().get(key));
    }

    /** @return the materials handed in */
    List<ProvidedMaterial> materials();

    /** @param code material code @return the provided material, or {@code null} */
    default ProvidedMaterial material(String code) {
        for (ProvidedMaterial m : materials()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        return null;
    }

    /** @return the channel it came in through */
    Channel channel();

    /** @return the date the handler should judge on (today at intake, the decision date later) */
    LocalDate date();

    /**
     * @return the case number; at the intake check already the number the case is filed under,
     *         whatever the check finds (an application not accepted, or sent back for a supplement,
     *         keeps it on its record)
     */
    String caseNumber();
}
