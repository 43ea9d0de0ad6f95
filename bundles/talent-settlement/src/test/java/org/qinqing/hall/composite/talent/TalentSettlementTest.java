package org.qinqing.hall.composite.talent;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.qinqing.hall.dept.health.HealthDepartment;
import org.qinqing.hall.dept.hr.HrDepartment;
import org.qinqing.hall.dept.police.PoliceDepartment;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.spi.contract.CompositeContract;

/** The composite against the real items of its three departments. */
public class TalentSettlementTest {
    private final Composite composite = new TalentSettlement().composites().get(0);

    @Test
    public void keepsTheContractWithTheRealDepartments() {
        CompositeContract.assertValid(composite, List.of(new HealthDepartment(), new HrDepartment(), new PoliceDepartment()));
    }

    @Test
    public void healthAndHrRunInParallelThenPolice() {
        assertEquals(List.of(), composite.step("family-planning").dependsOn());
        assertEquals(List.of(), composite.step("talent-introduction").dependsOn());
        Step card = composite.step("transfer-card");
        assertEquals(List.of("family-planning", "talent-introduction"), card.dependsOn());
        assertEquals("family-planning", card.results().get("family-planning"));
        assertEquals("talent-introduction", card.results().get("talent-approval"));
    }

    @Test
    public void theContractCatchesAStepThatFeedsAMaterialItsItemDoesNotAskFor() {
        Composite broken = Composite.of("broken", "坏")
                .step(Step.of("a", "health", "health-family-planning-certificate"))
                .step(Step.of("b", "police", "police-household-transfer-card").after("a").resultOf("a", "no-such-material"))
                .build();
        List<String> v = CompositeContract.violations(broken, List.of(new HealthDepartment(), new PoliceDepartment()));
        assertEquals(v.toString(), 1, v.size());
    }
}
