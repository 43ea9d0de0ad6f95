package org.qinqing.hall.dept.police;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class PoliceDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN = "44030519900101123X";
    /** Born 2014-05-05: 11 on DAY. */
    private static final String CHILD;

    static {
        String first17 = "44030520140505001";
        CHILD = first17 + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(first17);
    }

    private final PoliceDepartment police = new PoliceDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(police);
    }

    @Test
    public void transferCardRefusesAnExpiredApproval() {
        Item item = item(PoliceItems.TRANSFER_CARD);
        Application expired = TestApplication.of(item).applicant(MAN).on(DAY).form("originAddress", "湖南省长沙市")
                .form("settleAddress", "深圳市南山区").material("id-card").material("photo")
                .material("talent-approval", DAY.minusDays(1), Map.of()).material("family-planning", DAY.plusDays(30), Map.of()).build();
        assertEquals("talent-approval", handler(PoliceItems.TRANSFER_CARD).review(expired).get(0).subject());
        Application valid = TestApplication.of(item).applicant(MAN).on(DAY).form("originAddress", "湖南省长沙市")
                .form("settleAddress", "深圳市南山区").allMaterials().build();
        assertEquals(List.of(), handler(PoliceItems.TRANSFER_CARD).review(valid));
        assertEquals(DAY.plusDays(90), handler(PoliceItems.TRANSFER_CARD).issue(valid).get(0).validUntil());
    }

    @Test
    public void aChildsFirstIdCardNeedsTheGuardian() {
        Item item = item(PoliceItems.ID_CARD_FIRST);
        Application child = TestApplication.of(item).applicant(CHILD).on(DAY).allMaterials().build();
        assertEquals("guardianId", handler(PoliceItems.ID_CARD_FIRST).check(child).findings().get(0).subject());
        Application withGuardian = TestApplication.of(item).applicant(CHILD).on(DAY).form("guardianId", MAN).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(PoliceItems.ID_CARD_FIRST).check(withGuardian).outcome());
    }

    @Test
    public void residencePermitNeedsSixMonths() {
        Item item = item(PoliceItems.RESIDENCE_PERMIT);
        Application fresh = TestApplication.of(item).applicant(MAN).on(DAY).form("residentSince", "2025-12-01")
                .form("reason", "就业").allMaterials().build();
        Application settled = TestApplication.of(item).applicant(MAN).on(DAY).form("residentSince", "2025-09-01")
                .form("reason", "就业").allMaterials().build();
        assertEquals(1, handler(PoliceItems.RESIDENCE_PERMIT).review(fresh).size());
        assertEquals(List.of(), handler(PoliceItems.RESIDENCE_PERMIT).review(settled));
    }

    @Test
    public void noCriminalRecordIsNotIssuedForMinors() {
        Item item = item(PoliceItems.NO_CRIMINAL_RECORD);
        Application minor = TestApplication.of(item).applicant(CHILD).on(DAY).form("purpose", "入学").allMaterials().build();
        assertEquals(1, handler(PoliceItems.NO_CRIMINAL_RECORD).review(minor).size());
    }

    @Test
    public void lateBirthRegistrationNeedsAnExplanation() {
        Item item = item(PoliceItems.BIRTH_HOUSEHOLD);
        Application late = TestApplication.of(item).applicant(MAN).on(DAY).form("childName", "李小明")
                .form("childBirthDate", "2025-12-20").allMaterials().build();
        assertEquals("lateReason", handler(PoliceItems.BIRTH_HOUSEHOLD).check(late).findings().get(0).subject());
        Application timely = TestApplication.of(item).applicant(MAN).on(DAY).form("childName", "李小明")
                .form("childBirthDate", "2026-02-20").allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(PoliceItems.BIRTH_HOUSEHOLD).check(timely).outcome());
    }

    private ApprovalHandler handler(String code) {
        return police.handler(code);
    }

    private Item item(String code) {
        return police.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
