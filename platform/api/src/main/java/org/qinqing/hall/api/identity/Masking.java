package org.qinqing.hall.api.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The display and logging mask of party numbers: first 6 and last 4 characters kept ({@code 110105********002X}). */
public final class Masking {

    private Masking() {
    }

    /** @param number any identifier @return it masked; short values are masked whole */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() < 11) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    /**
     * @param form an application form as stored (a legal representative's, a spouse's, a guarantor's number…)
     * @return the form as shown to people and written to logs: each value that is a resident ID
     *         number (18 characters, its check character right) masked as {@link #mask} does, the
     *         others as they are
     * @since 1.1
     */
    public static Map<String, Object> form(Map<String, Object> form) {
        return values(form);
    }

    /**
     * The one masking rule for what leaves the hall (answers, console, logs): by value, not by
     * field name, so a number under any name — a profile's field, a document's attribute, a form's
     * field — is masked.
     *
     * @param <V> the values' type
     * @param values named values (profile fields, document attributes, a form)
     * @return a copy in which each value that is a resident ID number is masked as {@link #mask} does
     * @since 1.2
     */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> values(Map<String, V> values) {
        if (values == null || values.isEmpty()) {
            return values;
        }
        Map<String, V> out = new LinkedHashMap<>(values);
        out.replaceAll((k, v) -> v instanceof String s && residentId(s) ? (V) mask(s) : v);
        return out;
    }

    /**
     * @param text free text, e.g. an error message that repeats what a caller sent
     * @return the text with every resident ID number in it (18 characters between non-alphanumerics, its check
     *         character right) masked as {@link #mask} does
     * @since 1.2
     */
    public static String text(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        StringBuilder out = null;
        for (int i = 0; i + 18 <= text.length(); i++) {
            boolean start = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean end = i + 18 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 18));
            if (start && end && residentId(text.substring(i, i + 18))) {
                out = out == null ? new StringBuilder(text) : out;
                out.replace(i, i + 18, mask(text.substring(i, i + 18)));
                i += 17;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean residentId(String s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return Character.toUpperCase(s.charAt(17)) == ResidentIds.checkCharacter(s.substring(0, 17));
    }
}
