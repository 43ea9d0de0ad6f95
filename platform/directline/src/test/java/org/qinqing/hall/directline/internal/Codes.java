package org.qinqing.hall.directline.internal;

import org.qinqing.hall.api.identity.CreditCodes;

/** Valid credit codes for tests: registration 9, category 1, region 440300, organisation code from a number. */
final class Codes {
    private Codes() {
    }

    static String code(int i) {
        String body = String.format("%08d", i);
        String first17 = "91440300" + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    static String line(int i, String categories, String industry) {
        return code(i) + ",深圳市测试企业" + i + "有限公司," + categories + "," + industry + ",王副区长,market";
    }
}
