package org.qinqing.hall.dept.health;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.TestApplication;

/** The quotas of the whole department and the rules of the items added to the first six. */
public class HealthMoreItemsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String WOMAN_40 = "440305198503151246";
    private static final String WOMAN_55 = id("44030519700601002");
    private static final String MAN_65 = id("44030519600601001");
    private static final String CLINIC = "91440300123456788M";

    private final HealthDepartment health = new HealthDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = health.items();
        assertEquals(20, items.size());
        assertEquals(17, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(12, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(6, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(12, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("health-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, health.handler(i.code()));
            }
        }
    }

    @Test
    public void childcareClassesKeepTheirSizeAndCarerRatio() {
        ApprovalHandler h = handler(HealthInstitutionItems.CHILDCARE_FILING);
        assertEquals(List.of(), h.review(childcare(10, 1, 4, 30, 2, 6, 40, 2, 6)));
        assertEquals("托位80个", h.issue(childcare(10, 1, 4, 30, 2, 6, 40, 2, 6)).get(0).text().replaceAll(".*，(托位\\d+个).*", "$1"));
        assertEquals(List.of("infants", "infantCarers"), subjects(h.review(childcare(11, 1, 3, 30, 2, 6, 40, 2, 6))));
        assertEquals(List.of("seniorCarers"), subjects(h.review(childcare(10, 1, 4, 30, 2, 6, 40, 2, 5))));
    }

    @Test
    public void largeHospitalsAreValidatedEveryThreeYearsOthersEveryYear() {
        ApprovalHandler h = handler(HealthInstitutionItems.INSTITUTION_VALIDATION);
        Application hospital = validation("综合医院", 120, "2023-04-01");
        assertEquals(List.of(), h.review(hospital));
        assertEquals(LocalDate.of(2029, 4, 1), h.issue(hospital).get(0).validUntil());
        assertEquals("lastValidation", h.review(validation("综合医院", 99, "2023-04-01")).get(0).subject());
        assertEquals(List.of(), h.review(validation("门诊部", 0, "2025-04-01")));
        assertEquals("lastValidation", h.review(validation("门诊部", 0, "2025-07-01")).get(0).subject());
    }

    @Test
    public void aClinicFounderHasPractisedFiveYears() {
        ApprovalHandler h = handler(HealthInstitutionItems.CLINIC_FILING);
        assertEquals(List.of(), h.review(clinic(5, 1)));
        assertEquals(List.of("practiceYears", "physicians"), subjects(h.review(clinic(4, 0))));
    }

    @Test
    public void hygieneAndNurseLicencesAreRenewed30DaysBeforeExpiry() {
        ApprovalHandler hygiene = handler(HealthInstitutionItems.PUBLIC_PLACE_RENEWAL);
        Application early = renewal(HealthInstitutionItems.PUBLIC_PLACE_RENEWAL, CLINIC, "2026-04-01");
        assertEquals(List.of(), hygiene.review(early));
        assertEquals(LocalDate.of(2030, 4, 1), hygiene.issue(early).get(0).validUntil());
        assertEquals("expiryDate", hygiene.review(renewal(HealthInstitutionItems.PUBLIC_PLACE_RENEWAL, CLINIC, "2026-03-31")).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, hygiene.check(renewal(HealthInstitutionItems.PUBLIC_PLACE_RENEWAL, CLINIC, "2026-03-01")).outcome());
        ApprovalHandler nurse = handler(HealthServiceItems.NURSE_RENEWAL);
        Application n = renewal(HealthServiceItems.NURSE_RENEWAL, WOMAN_40, "2026-06-30");
        assertEquals(List.of(), nurse.review(n));
        assertEquals(LocalDate.of(2031, 6, 30), nurse.issue(n).get(0).validUntil());
        assertEquals("nurse-practice-certificate", nurse.issue(n).get(0).kind());
    }

    @Test
    public void birthCertificatesAreReissuedOnlyForBirthsSince1996() {
        ApprovalHandler h = handler(HealthServiceItems.BIRTH_CERTIFICATE_REISSUE);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(birthCertificate("1996-01-01", "损毁").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(birthCertificate("1995-12-31", "损毁").build()).outcome());
        assertEquals("loss-statement", h.check(birthCertificate("2020-05-01", "遗失").build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(birthCertificate("2020-05-01", "遗失").material("loss-statement").build()).outcome());
    }

    @Test
    public void specialAssistanceNeedsAMotherOf49AndNoOtherChild() {
        ApprovalHandler h = handler(HealthServiceItems.SPECIAL_ASSISTANCE);
        assertEquals(List.of(), h.review(assistance(WOMAN_55, SpecialAssistance.DEATH, 0).material("death-proof").build()));
        assertEquals(List.of("motherId", "otherLivingChildren"),
                subjects(h.review(assistance(WOMAN_40, SpecialAssistance.DEATH, 1).material("death-proof").build())));
        assertEquals("motherId", h.review(assistance(MAN_65, SpecialAssistance.DEATH, 0).material("death-proof").build()).get(0).subject());
        assertEquals("disability-card", h.check(assistance(WOMAN_55, SpecialAssistance.DISABILITY, 0).build()).findings().get(0).subject());
    }

    @Test
    public void theFreeCheckupIsForOver65sOnceAYear() {
        ApprovalHandler h = handler(HealthServiceItems.ELDERLY_CHECKUP);
        Application ok = checkup(MAN_65, "2025-05-01");
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals(LocalDate.of(2026, 12, 31), h.issue(ok).get(0).validUntil());
        assertEquals(Arrays.asList(null, "lastCheckup"), subjects(h.review(checkup(MAN_36, "2026-01-10"))));
    }

    private Application childcare(int infants, int infantClasses, int infantCarers, int toddlers, int toddlerClasses, int toddlerCarers,
            int seniors, int seniorClasses, int seniorCarers) {
        return TestApplication.of(item(HealthInstitutionItems.CHILDCARE_FILING)).applicant(CLINIC).on(DAY)
                .form("infants", infants).form("infantClasses", infantClasses).form("infantCarers", infantCarers)
                .form("toddlers", toddlers).form("toddlerClasses", toddlerClasses).form("toddlerCarers", toddlerCarers)
                .form("seniors", seniors).form("seniorClasses", seniorClasses).form("seniorCarers", seniorCarers)
                .allMaterials().build();
    }

    private Application validation(String type, int beds, String last) {
        return TestApplication.of(item(HealthInstitutionItems.INSTITUTION_VALIDATION)).applicant(CLINIC).on(DAY).form("institutionType", type)
                .form("beds", beds).form("lastValidation", last).allMaterials().build();
    }

    private Application clinic(int years, int physicians) {
        return TestApplication.of(item(HealthInstitutionItems.CLINIC_FILING)).applicant(CLINIC).on(DAY).form("practiceYears", years)
                .form("physicians", physicians).allMaterials().build();
    }

    private Application renewal(String code, String applicant, String expiry) {
        return TestApplication.of(item(code)).applicant(applicant).on(DAY).form("expiryDate", expiry).allMaterials().build();
    }

    private TestApplication birthCertificate(String born, String reason) {
        return TestApplication.of(item(HealthServiceItems.BIRTH_CERTIFICATE_REISSUE)).applicant(WOMAN_40).on(DAY).form("childBirthDate", born)
                .form("reason", reason).material("id-card").material("birth-record");
    }

    private TestApplication assistance(String mother, String situation, int otherChildren) {
        return TestApplication.of(item(HealthServiceItems.SPECIAL_ASSISTANCE)).applicant(MAN_65).on(DAY).form("motherId", mother)
                .form("situation", situation).form("otherLivingChildren", otherChildren).material("id-card").material("household-register");
    }

    private Application checkup(String applicant, String last) {
        return TestApplication.of(item(HealthServiceItems.ELDERLY_CHECKUP)).applicant(applicant).on(DAY).form("centre", "南山区蛇口社康中心")
                .form("lastCheckup", last).allMaterials().build();
    }

    private static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return health.handler(code);
    }

    private Item item(String code) {
        return health.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
