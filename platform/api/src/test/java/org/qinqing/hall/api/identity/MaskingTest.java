package org.qinqing.hall.api.identity;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class MaskingTest {
    private static final String PERSON = "11010519491231002X";

    @Test
    public void aNumberKeepsItsFirstSixAndLastFourCharacters() {
        assertEquals("110105********002X", Masking.mask(PERSON));
        assertEquals("*****", Masking.mask("12345"));
    }

    @Test
    public void aFormShowsResidentIdNumbersMaskedAndEverythingElseAsItIs() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("legalRepresentativeId", PERSON);
        form.put("lowerCase", PERSON.toLowerCase());
        form.put("wrongCheck", "110105194912310021");
        form.put("creditCode", "91440300MA5FXXXX1X");
        form.put("capital", 100);
        form.put("name", "深圳某科技有限公司");
        Map<String, Object> shown = Masking.form(form);
        assertEquals(List.of("legalRepresentativeId", "lowerCase", "wrongCheck", "creditCode", "capital", "name"),
                List.copyOf(shown.keySet()));
        assertEquals("110105********002X", shown.get("legalRepresentativeId"));
        assertEquals("110105********002x", shown.get("lowerCase"));
        assertEquals("a value whose check character is wrong is no ID number", "110105194912310021", shown.get("wrongCheck"));
        assertEquals(form.get("creditCode"), shown.get("creditCode"));
        assertEquals(100, shown.get("capital"));
        assertEquals(PERSON, form.get("legalRepresentativeId"));
    }

    @Test
    public void everyNamedValueThatIsAResidentIdNumberIsMaskedWhateverItsName() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("spouse", "11010519491231002X");
        fields.put("holderNumber", "440524188001010014");
        fields.put("phone", "13800138000");
        fields.put("almost", "11010519491231002Y");
        java.util.Map<String, String> shown = Masking.values(fields);
        org.junit.Assert.assertEquals("110105********002X", shown.get("spouse"));
        org.junit.Assert.assertEquals("440524********0014", shown.get("holderNumber"));
        org.junit.Assert.assertEquals("13800138000", shown.get("phone"));
        org.junit.Assert.assertEquals("a wrong check character is not an ID number", "11010519491231002Y", shown.get("almost"));
        org.junit.Assert.assertEquals("the stored map is unchanged", "11010519491231002X", fields.get("spouse"));
    }

    @Test
    public void textShowsEveryResidentIdNumberInItMasked() {
        assertEquals("no case 110105********002X; unknown item '440524********0014'",
                Masking.text("no case 11010519491231002X; unknown item '440524188001010014'"));
    }

    @Test
    public void textLeavesNumbersThatAreNoIdNumbersAsTheyAre() {
        // wrong check character, longer runs of digits, a credit code
        String s = "110105194912310021 1101051949123100211 91110000600037341L";
        assertEquals(s, Masking.text(s));
    }
}
