package org.qinqing.hall.dept.health;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class HealthDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String WOMAN = "440305198503151246";
    private static final String SPOUSE = "44030519900101123X";
    private static final String CLINIC_OWNER = "91440300123456788M";

    private final HealthDepartment health = new HealthDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(health);
    }

    @Test
    public void aMarriedApplicantMustNameTheSpouse() {
        CheckResult r = handler(HealthItems.FAMILY_PLANNING_CERTIFICATE).check(planning("已婚", 1, null).allMaterials().build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, r.outcome());
        assertEquals("spouseId", r.findings().get(0).subject());
    }

    @Test
    public void aMarriedApplicantWithSpouseAndCertificateIsAccepted() {
        Application a = planning("已婚", 2, SPOUSE).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(HealthItems.FAMILY_PLANNING_CERTIFICATE).check(a).outcome());
        assertEquals(List.of(), handler(HealthItems.FAMILY_PLANNING_CERTIFICATE).review(a));
        assertEquals(DAY.plusDays(90), handler(HealthItems.FAMILY_PLANNING_CERTIFICATE).issue(a).get(0).validUntil());
    }

    @Test
    public void moreThanThreeChildrenIsReviewed() {
        List<Finding> f = handler(HealthItems.FAMILY_PLANNING_CERTIFICATE).review(planning("已婚", 4, SPOUSE).allMaterials().build());
        assertEquals("children", f.get(0).subject());
    }

    @Test
    public void birthRegistrationCoversFirstToThirdChildOnly() {
        assertEquals(List.of(), handler(HealthItems.BIRTH_REGISTRATION).review(birth(3)));
        assertEquals("childOrder", handler(HealthItems.BIRTH_REGISTRATION).review(birth(4)).get(0).subject());
        assertTrue(handler(HealthItems.BIRTH_REGISTRATION).approvesInstantly(birth(1)));
    }

    @Test
    public void medicalInstitutionStandardsDifferByClass() {
        assertEquals(List.of(), handler(HealthItems.MEDICAL_INSTITUTION).review(institution("诊所", 2, 1)));
        assertEquals("beds", handler(HealthItems.MEDICAL_INSTITUTION).review(institution("诊所", 10, 1)).get(0).subject());
        assertEquals(1, handler(HealthItems.MEDICAL_INSTITUTION).review(institution("门诊部", 0, 3)).size());
        assertEquals(List.of(), handler(HealthItems.MEDICAL_INSTITUTION).review(institution("医院", 50, 6)));
        assertEquals(2, handler(HealthItems.MEDICAL_INSTITUTION).review(institution("医院", 19, 1)).size());
    }

    @Test
    public void aNurseLateForRegistrationNeedsTrainingProof() {
        Item item = item(HealthItems.NURSE_REGISTRATION);
        Application late = TestApplication.of(item).applicant(WOMAN).on(DAY).form("examPassedDate", "2021-05-01")
                .form("institutionCode", CLINIC_OWNER).material("id-card").material("nurse-exam").material("health-proof").build();
        assertEquals("training-proof", handler(HealthItems.NURSE_REGISTRATION).check(late).findings().get(0).subject());
        Application timely = TestApplication.of(item).applicant(WOMAN).on(DAY).form("examPassedDate", "2024-05-01")
                .form("institutionCode", CLINIC_OWNER).material("id-card").material("nurse-exam").material("health-proof").build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(HealthItems.NURSE_REGISTRATION).check(timely).outcome());
    }

    @Test
    public void aSwimmingVenueNeedsAWaterQualityReport() {
        Item item = item(HealthItems.PUBLIC_PLACE_HYGIENE);
        Application pool = TestApplication.of(item).applicant(CLINIC_OWNER).on(DAY).form("category", "游泳场所")
                .form("area", 800.5).material("business-licence").material("layout").material("hygiene-rules").build();
        assertEquals("water-quality", handler(HealthItems.PUBLIC_PLACE_HYGIENE).check(pool).findings().get(0).subject());
    }

    private TestApplication planning(String marital, int children, String spouse) {
        TestApplication t = TestApplication.of(item(HealthItems.FAMILY_PLANNING_CERTIFICATE)).applicant(WOMAN).on(DAY)
                .form("maritalStatus", marital).form("children", children);
        return spouse == null ? t : t.form("spouseId", spouse);
    }

    private Application birth(int order) {
        return TestApplication.of(item(HealthItems.BIRTH_REGISTRATION)).applicant(WOMAN).on(DAY)
                .form("childOrder", order).form("expectedDate", "2026-08-01").allMaterials().build();
    }

    private Application institution(String type, int beds, int physicians) {
        return TestApplication.of(item(HealthItems.MEDICAL_INSTITUTION)).applicant(CLINIC_OWNER).on(DAY)
                .form("institutionType", type).form("beds", beds).form("physicians", physicians).allMaterials().build();
    }

    private ApprovalHandler handler(String code) {
        return health.handler(code);
    }

    private Item item(String code) {
        return health.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
