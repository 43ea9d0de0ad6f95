package org.qinqing.hall.api.identity;

/**
 * GB 32100-2015 Unified Social Credit Codes: registration authority, organisation category,
 * 6-digit region, 9-character organisation code (GB 11714, own check character) and a MOD 31
 * check character, over the 31 symbols {@code 0-9 A-Z} without {@code I O S V Z}.
 */
public final class CreditCodes {
    /** The 31 symbols in value order: the index of a character is its value. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String AUTHORITIES = "123456789ANY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /**
     * @param raw the code as typed; letters are upper-cased
     * @return the normalised code
     * @throws InvalidNumberException saying what is wrong
     */
    public static String validate(String raw) {
        String c = ResidentIds.normalise(raw);
        if (c.length() != 18) {
            throw new InvalidNumberException("统一社会信用代码应为18位，实际为" + c.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            char ch = c.charAt(i);
            if (ALPHABET.indexOf(ch) < 0) {
                throw new InvalidNumberException("第" + (i + 1) + "位字符“" + ch + "”不允许：统一社会信用代码不使用I、O、S、V、Z及其他符号");
            }
        }
        if (AUTHORITIES.indexOf(c.charAt(0)) < 0) {
            throw new InvalidNumberException("第1位登记管理部门代码“" + c.charAt(0) + "”无效：应为1-9、A、N或Y");
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(c.charAt(i))) {
                throw new InvalidNumberException("第3-8位登记管理机关行政区划码须为数字，第" + (i + 1) + "位为“" + c.charAt(i) + "”");
            }
        }
        char org = organisationCheck(c.substring(8, 16));
        if (org != c.charAt(16)) {
            throw new InvalidNumberException("第17位组织机构代码校验码错误：应为" + org + "，实际为" + c.charAt(16));
        }
        char expected = checkCharacter(c);
        if (expected != c.charAt(17)) {
            throw new InvalidNumberException("校验码错误：应为" + expected + "，实际为" + c.charAt(17));
        }
        return c;
    }

    /** @param first17 the first 17 characters (more are ignored) @return the MOD 31 check character */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int v = 31 - sum % 31;
        return ALPHABET.charAt(v == 31 ? 0 : v);
    }

    /** @param body the 8-character organisation code body @return its GB 11714 check character */
    public static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int r = 11 - sum % 11;
        return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    }
}
