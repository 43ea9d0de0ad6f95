package org.qinqing.hall.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.ResidentIds;

/** The demo's applicants: people born in Nanshan (440305) and enterprises registered in Shenzhen, all with valid numbers. */
final class DemoPeople {
    record Party(String number, String name, Map<String, String> fields) {
    }

    private static final String[] PEOPLE = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明", "周婷", "吴昊"};
    private static final String[] BIRTHDAYS = {"19880312", "19920705", "19790123", "19950918", "19860430", "19910211", "19830627",
        "19970804", "19890115", "19931029"};
    private static final String[] ENTERPRISES = {"深圳市南山区海岸线科技有限公司", "深圳市粤海餐饮管理有限公司", "深圳市蛇口湾贸易有限公司",
        "深圳市科苑智能制造有限公司"};
    private static final String[] ORGANISATIONS = {"MA5DEM01", "MA5DEM02", "MA5DEM03", "MA5DEM04"};

    private DemoPeople() {
    }

    static List<Party> people() {
        List<Party> out = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String body = "440305" + BIRTHDAYS[i] + String.format("%03d", 900 + i);
            out.add(new Party(body + ResidentIds.checkCharacter(body), PEOPLE[i],
                    Map.of("phone", "1380013" + String.format("%04d", 8000 + i), "address", "深圳市南山区粤海街道")));
        }
        return out;
    }

    static List<Party> enterprises() {
        List<Party> out = new ArrayList<>();
        List<Party> people = people();
        for (int i = 0; i < ENTERPRISES.length; i++) {
            String first17 = "91440300" + ORGANISATIONS[i] + CreditCodes.organisationCheck(ORGANISATIONS[i]);
            Party boss = people.get(i);
            out.add(new Party(first17 + CreditCodes.checkCharacter(first17), ENTERPRISES[i], Map.of("type", "有限责任公司",
                    "legalRepresentative", boss.name(), "legalRepresentativeId", boss.number(), "address", "深圳市南山区科技园")));
        }
        return out;
    }
}
