package org.qinqing.hall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.Test;

public class StepTest {

    @Test
    public void fixedValuesAreTheKindsThePlatformCanStore() {
        Step s = Step.of("police", "police", "card").value("married", Boolean.FALSE).value("years", 3).value("fee", new BigDecimal("12.50"))
                .value("since", "2026-03-02").build();
        assertEquals(4, s.values().size());
        assertEquals(3, s.values().get("years"));
    }

    @Test
    public void aValueOfAnotherTypeIsRefusedWhenTheBundleBuildsItsComposite() {
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> Step.of("police", "police", "card").value("since", LocalDate.of(2026, 3, 2)));
        assertTrue(date.getMessage(), date.getMessage().contains("since") && date.getMessage().contains("ISO"));
        assertThrows(IllegalArgumentException.class, () -> Step.of("police", "police", "card").value("since", null));
        assertThrows(IllegalArgumentException.class, () -> Step.of("police", "police", "card").value("list", java.util.List.of(1)));
    }
}
