package ${package};

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.HallPromises;
import org.qinqing.hall.spi.contract.TestApplication;

public class DepartmentTest {
    /** Born 1990-01-01: of age. */
    private static final String ADULT = "44030519900101123X";
    private final Department department = new Department();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(department);
    }

    @Test
    public void keepsTheHallsPromises() {
        // at most one visit, enterprise items fully online, 秒批 items approve this application instantly
        HallPromises.assertKept(department, item -> TestApplication.of(item).applicant(ADULT).on(LocalDate.of(2026, 3, 2))
                .form("area", new java.math.BigDecimal("35.5")).allMaterials().build());
    }

    @Test
    public void premisesOfTwentySquareMetresOrMoreMayBeApproved() {
        assertEquals(List.of(), new PermitRules().review(application("35.5")));
    }

    @Test
    public void smallerPremisesAreRefusedNamingTheField() {
        assertEquals("area", new PermitRules().review(application("12")).get(0).subject());
    }

    @Test
    public void anAreaOfZeroIsSentBackForSupplement() {
        assertEquals(CheckResult.Outcome.SUPPLEMENT, new PermitRules().check(application("0")).outcome());
    }

    private Application application(String area) {
        return TestApplication.of(department.items().get(0)).applicant(ADULT).on(LocalDate.of(2026, 3, 2))
                .form("area", new java.math.BigDecimal(area)).allMaterials().build();
    }
}
