package org.qinqing.hall.api.identity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;
import org.qinqing.hall.spi.PartyType;

public class PartyNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    public void tellsPersonsFromEnterprises() {
        PartyNumber p = PartyNumber.parse(" 11010519491231002x ", TODAY);
        assertEquals(PartyType.PERSON, p.kind());
        assertEquals(LocalDate.of(1949, 12, 31), p.birthDate());
        assertFalse(p.male());
        assertEquals(76, p.ageOn(TODAY));
        assertEquals("110105", p.regionCode());
        PartyNumber e = PartyNumber.parse("91110000600037341L", TODAY);
        assertEquals(PartyType.ENTERPRISE, e.kind());
        assertEquals("110000", e.regionCode());
    }

    @Test
    public void masksFirstSixAndLastFourEvenInToString() {
        PartyNumber p = PartyNumber.parse("11010519491231002X", TODAY);
        assertEquals("110105********002X", p.masked());
        assertEquals("110105********002X", p.toString());
        assertTrue(Masking.mask("12345").chars().allMatch(c -> c == '*'));
    }

    @Test
    public void anAllDigitCreditCodeIsReadAsOne() {
        String first17 = "11440300" + "12345678" + CreditCodes.organisationCheck("12345678");
        char c = CreditCodes.checkCharacter(first17);
        if (Character.isDigit(c)) {
            assertEquals(PartyType.ENTERPRISE, PartyNumber.parse(first17 + c, TODAY).kind());
        }
    }
}
