package org.qinqing.hall.api.identity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ResidentIdsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Valid numbers built from the algorithm, not copied: one for each check character 0-9 and X. */
    static List<String> generated() {
        List<String> out = new ArrayList<>();
        boolean[] seen = new boolean[11];
        for (int seq = 0; seq < 1000 && out.size() < 11; seq++) {
            String first17 = "44030519880229" + String.format("%03d", seq);
            char c = ResidentIds.checkCharacter(first17);
            int slot = c == 'X' ? 10 : c - '0';
            if (!seen[slot]) {
                seen[slot] = true;
                out.add(first17 + c);
            }
        }
        return out;
    }

    @Test
    public void acceptsTheStandardsExamplesAndGeneratedNumbersWithEveryCheckCharacter() {
        assertEquals("11010519491231002X", ResidentIds.validate("11010519491231002X", TODAY));
        assertEquals("440524188001010014", ResidentIds.validate("440524188001010014", TODAY));
        List<String> gen = generated();
        assertEquals(11, gen.size());
        for (String n : gen) {
            assertEquals(n, ResidentIds.validate(n, TODAY));
        }
    }

    @Test
    public void normalisesALowerCaseX() {
        assertEquals("11010519491231002X", ResidentIds.validate("11010519491231002x", TODAY));
    }

    @Test
    public void rejectsEverySingleCharacterChangeOfAValidNumber() {
        int tried = 0;
        for (String valid : generated()) {
            for (int pos = 0; pos < 18; pos++) {
                String alphabet = pos == 17 ? "0123456789X" : "0123456789";
                for (char c : alphabet.toCharArray()) {
                    if (c == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    tried++;
                    try {
                        ResidentIds.validate(changed, TODAY);
                        fail("accepted " + changed + " (from " + valid + ")");
                    } catch (InvalidNumberException expected) {
                        // every single substitution is caught: MOD 11-2 weights are all non-zero mod 11
                    }
                }
            }
        }
        assertTrue(tried > 1500);
    }

    @Test
    public void saysWhatIsWrong() {
        message("身份证号码应为18位，实际为17位", "11010519491231002");
        message("第5位字符“A”不允许：前17位须为数字", "1101A519491231002X");
        message("第18位字符“Y”不允许：校验码须为数字或X", "11010519491231002Y");
        message("出生日期19490231不存在", first17("11010519490231002"));
        message("出生日期20301201晚于今天", first17("11010520301201002"));
        message("校验码错误：应为X，实际为3", "110105194912310023");
        message("地址码990105无效：前两位99不是省级行政区划代码", first17("99010519491231002"));
    }

    private static String first17(String f) {
        return f + ResidentIds.checkCharacter(f);
    }

    private static void message(String expected, String number) {
        try {
            ResidentIds.validate(number, TODAY);
            fail("accepted " + number);
        } catch (InvalidNumberException e) {
            assertEquals(expected, e.getMessage());
        }
    }
}
