package org.qinqing.hall.dept.transport;

import java.time.LocalDate;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.contract.TestApplication;

/** Shared test data: the decision day, valid party numbers and application builders. */
final class Fixtures {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** Born 1990-01-01, male, 36 on DAY. */
    static final String MAN_36 = "44030519900101123X";
    /** Born 1985-03-15, female, 40 on DAY. */
    static final String WOMAN_40 = "440305198503151246";
    /** A company registered in Shenzhen (region 440300). */
    static final String COMPANY = "91440300123456788M";
    static final String COMPANY_NAME = "深圳市南山区味道餐饮管理有限公司";
    static final TransportDepartment DEPT = new TransportDepartment();

    private Fixtures() {
    }

    /** @return a valid resident ID number for a Nanshan resident with that birth date and sequence (odd = male) */
    static String person(String yyyymmdd, String sequence) {
        String first17 = "440305" + yyyymmdd + sequence;
        return first17 + ResidentIds.checkCharacter(first17);
    }

    /** @return a valid enterprise credit code registered in the given region */
    static String company(String region, String body8) {
        String first17 = "91" + region + body8 + CreditCodes.organisationCheck(body8);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    static Item item(String code) {
        return DEPT.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static ApprovalHandler handler(String code) {
        return DEPT.handler(code);
    }

    /** @return an application on DAY with every required material of the item handed in */
    static TestApplication app(String code, String applicant) {
        return appWithout(code, applicant);
    }

    /** @return an application on DAY with every required material except those named */
    static TestApplication appWithout(String code, String applicant, String... skipped) {
        java.util.Set<String> skip = java.util.Set.of(skipped);
        Item item = item(code);
        TestApplication t = TestApplication.of(item).applicant(applicant).on(DAY)
                .name(applicant.equals(COMPANY) ? COMPANY_NAME : "张明");
        for (Material m : item.materials()) {
            if (m.required() && !skip.contains(m.code())) {
                t.material(m.code());
            }
        }
        return t;
    }
}
