package org.qinqing.hall.api.identity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class CreditCodesTest {

    /** Valid codes built from the two algorithms over varied organisation codes and regions. */
    static List<String> generated() {
        List<String> out = new ArrayList<>();
        String[] bodies = {"12345678", "7777777A", "MA5D8K2P", "08191953", "X1Y2Q3W4"};
        String[] heads = {"91440305", "52440300", "11110000", "Y1440303"};
        for (String head : heads) {
            for (String body : bodies) {
                String first17 = head + body + CreditCodes.organisationCheck(body);
                out.add(first17 + CreditCodes.checkCharacter(first17));
            }
        }
        return out;
    }

    @Test
    public void acceptsTheStandardsExampleAndGeneratedCodes() {
        assertEquals("91110000600037341L", CreditCodes.validate("91110000600037341L"));
        assertEquals("91110000600037341L", CreditCodes.validate("91110000600037341l"));
        for (String c : generated()) {
            assertEquals(c, CreditCodes.validate(c));
        }
    }

    @Test
    public void rejectsEverySingleCharacterChangeOfAValidCode() {
        int tried = 0;
        for (String valid : generated()) {
            for (int pos = 0; pos < 18; pos++) {
                for (char c : (CreditCodes.ALPHABET + "IOSVZ").toCharArray()) {
                    if (c == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    tried++;
                    try {
                        CreditCodes.validate(changed);
                        fail("accepted " + changed + " (from " + valid + ")");
                    } catch (InvalidNumberException expected) {
                        // MOD 31 with weights 3^i mod 31 catches every substitution
                    }
                }
            }
        }
        assertTrue(tried > 10_000);
    }

    @Test
    public void saysWhatIsWrong() {
        message("统一社会信用代码应为18位，实际为10位", "9111000060");
        message("第9位字符“O”不允许：统一社会信用代码不使用I、O、S、V、Z及其他符号", "91110000O00037341L");
        message("校验码错误：应为L，实际为M", "91110000600037341M");
        message("第17位组织机构代码校验码错误：应为1，实际为2", "91110000600037342L");
    }

    private static void message(String expected, String code) {
        try {
            CreditCodes.validate(code);
            fail("accepted " + code);
        } catch (InvalidNumberException e) {
            assertEquals(expected, e.getMessage());
        }
    }
}
