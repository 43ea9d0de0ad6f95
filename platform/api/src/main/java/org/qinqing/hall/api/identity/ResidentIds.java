package org.qinqing.hall.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * GB 11643-1999 resident identity numbers: 6-digit region code, birth date {@code YYYYMMDD},
 * 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIds {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260, plus 81 (Hong Kong), 82 (Macao), 83 (Taiwan residence permits). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private ResidentIds() {
    }

    /**
     * @param raw the number as typed; a lower-case {@code x} is accepted
     * @param today the date birth dates may not be after
     * @return the normalised number
     * @throws InvalidNumberException saying what is wrong
     */
    public static String validate(String raw, LocalDate today) {
        String n = normalise(raw);
        if (n.length() != 18) {
            throw new InvalidNumberException("身份证号码应为18位，实际为" + n.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidNumberException("第" + (i + 1) + "位字符“" + c + "”不允许：前17位须为数字");
            }
        }
        char last = n.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            throw new InvalidNumberException("第18位字符“" + last + "”不允许：校验码须为数字或X");
        }
        if (!PROVINCES.contains(n.substring(0, 2))) {
            throw new InvalidNumberException("地址码" + n.substring(0, 6) + "无效：前两位" + n.substring(0, 2) + "不是省级行政区划代码");
        }
        birthDate(n, today);
        char expected = checkCharacter(n);
        if (expected != last) {
            throw new InvalidNumberException("校验码错误：应为" + expected + "，实际为" + last);
        }
        return n;
    }

    /** @param n a number @return whether its first two digits are a province code */
    static boolean provinceOk(String n) {
        return n.length() >= 2 && PROVINCES.contains(n.substring(0, 2));
    }

    /** @param first17 the first 17 digits (more characters are ignored) @return the check character */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** @param n a number whose shape is valid @param today upper bound @return its birth date */
    static LocalDate birthDate(String n, LocalDate today) {
        String digits = n.substring(6, 14);
        LocalDate d;
        try {
            d = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidNumberException("出生日期" + digits + "不存在");
        }
        if (d.isAfter(today)) {
            throw new InvalidNumberException("出生日期" + digits + "晚于今天");
        }
        if (d.isBefore(EARLIEST)) {
            throw new InvalidNumberException("出生日期" + digits + "早于1800年");
        }
        return d;
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
