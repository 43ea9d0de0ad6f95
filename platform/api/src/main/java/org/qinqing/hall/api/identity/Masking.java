package org.qinqing.hall.api.identity;

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
}
