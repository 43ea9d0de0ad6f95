package org.qinqing.hall.dept.market;

import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.spi.Application;

/** Numbers of the certificates this department issues. */
final class Licences {
    /** Region of the registering authority: Shenzhen's commercial registration is municipal. */
    static final String SHENZHEN = "440300";
    /** 登记管理部门 9 (市场监管) + 类别 1 (企业). */
    static final String ENTERPRISE = "91";
    /** 登记管理部门 9 (市场监管) + 类别 2 (个体工商户). */
    static final String INDIVIDUAL_BUSINESS = "92";

    private Licences() {
    }

    /**
     * Assigns a Unified Social Credit Code (GB 32100) to a newly registered market entity; the
     * organisation-code body is derived from the case number, so a case always yields the same code.
     *
     * @param category {@link #ENTERPRISE} or {@link #INDIVIDUAL_BUSINESS}
     * @param a the approved application
     * @return the 18-character code with valid check characters
     */
    static String creditCode(String category, Application a) {
        String seed = String.valueOf(a.caseNumber()) + "|" + a.applicant().number();
        long h = Math.floorMod(seed.hashCode() * 2654435761L, 100_000_000L);
        String body = String.format("%08d", h);
        String first17 = category + SHENZHEN + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /**
     * @param prefix the licence's letters, e.g. {@code JY}
     * @param head digits before the sequence (category and region)
     * @param a the approved application
     * @return prefix, head, a 6-digit sequence derived from the case number and a mod-10 check digit
     */
    static String number(String prefix, String head, Application a) {
        long seq = Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 1_000_000);
        String digits = head + String.format("%06d", seq);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return prefix + digits + (10 - sum % 10) % 10;
    }
}
