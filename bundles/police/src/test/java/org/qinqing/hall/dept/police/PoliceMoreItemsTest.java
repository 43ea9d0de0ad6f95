package org.qinqing.hall.dept.police;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
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
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.TestApplication;

/** The quotas of the whole department and the rules of the items added to the first six. */
public class PoliceMoreItemsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String MAN_55 = "440305197006011352";
    private static final String YOUTH_22 = id("44030520030801001");
    /** Born 2014-05-05: 11 on DAY. */
    private static final String CHILD = id("44030520140505001");
    private static final String COMPANY = "91440300123456788M";
    private static final String COMPANY_NAME = "深圳市南山某某科技有限公司";

    private final PoliceDepartment police = new PoliceDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        assertEquals(Level.MUNICIPAL, police.level());
        List<Item> items = police.items();
        assertEquals(24, items.size());
        assertEquals(18, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(14, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(7, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(13, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("police-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, police.handler(i.code()));
            }
        }
    }

    @Test
    public void theNewIdCardIsValidForTheTermOfTheHoldersAge() {
        assertEquals(Integer.valueOf(5), IdCardIssue.validityYears(15));
        assertEquals(Integer.valueOf(10), IdCardIssue.validityYears(16));
        assertEquals(Integer.valueOf(10), IdCardIssue.validityYears(25));
        assertEquals(Integer.valueOf(20), IdCardIssue.validityYears(26));
        assertEquals(Integer.valueOf(20), IdCardIssue.validityYears(45));
        assertNull(IdCardIssue.validityYears(46));
        ApprovalHandler h = handler(PoliceHouseholdItems.ID_CARD_REISSUE);
        assertEquals(DAY.plusYears(10), h.issue(reissue(YOUTH_22)).get(0).validUntil());
        assertEquals(DAY.plusYears(20), h.issue(reissue(MAN_36)).get(0).validUntil());
        assertNull(h.issue(reissue(MAN_55)).get(0).validUntil());
    }

    @Test
    public void anExpiringIdCardIsRenewedInItsLastThreeMonths() {
        ApprovalHandler h = handler(PoliceHouseholdItems.ID_CARD_RENEWAL);
        assertEquals(List.of(), h.review(renewal("有效期满", "2026-06-02")));
        assertEquals("currentExpiry", h.review(renewal("有效期满", "2026-06-03")).get(0).subject());
        assertEquals(List.of(), h.review(renewal("证件损坏", "2030-01-01")));
        Application noExpiry = TestApplication.of(item(PoliceHouseholdItems.ID_CARD_RENEWAL)).applicant(MAN_36).on(DAY)
                .form("reason", "有效期满").allMaterials().build();
        assertEquals("currentExpiry", h.check(noExpiry).findings().get(0).subject());
    }

    @Test
    public void residenceRegistrationIsForNonLocalsAndTenantsShowTheirLease() {
        ApprovalHandler h = handler(PoliceHouseholdItems.RESIDENCE_REGISTRATION);
        assertEquals(CheckResult.Outcome.REJECT, h.check(residence("深圳市户籍", "自有房屋").build()).outcome());
        assertEquals("lease-filing", h.check(residence("非深圳市户籍", "租赁房屋").build()).findings().get(0).subject());
        Application tenant = residence("非深圳市户籍", "租赁房屋").material("lease-filing").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(tenant).outcome());
        assertEquals(List.of(), h.review(tenant));
        assertTrue(h.approvesInstantly(tenant));
        assertEquals("residence-proof", h.issue(tenant).get(0).kind());
    }

    @Test
    public void aMinorsNameIsChangedByAParent() {
        Item item = item(PoliceHouseholdItems.NAME_CHANGE);
        ApprovalHandler h = handler(item.code());
        Application alone = TestApplication.of(item).applicant(CHILD).on(DAY).form("newName", "李明轩").allMaterials().build();
        assertEquals("guardianId", h.check(alone).findings().get(0).subject());
        Application withParent = TestApplication.of(item).applicant(CHILD).on(DAY).form("newName", "李明轩").form("guardianId", MAN_36)
                .allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(withParent).outcome());
        Application same = TestApplication.of(item).applicant(MAN_36).name("李明轩").on(DAY).form("newName", "李明轩").allMaterials().build();
        assertEquals("newName", h.review(same).get(0).subject());
    }

    @Test
    public void aDeathIsDeclaredBySomeoneElseAfterItHappened() {
        Item item = item(PoliceHouseholdItems.DEATH_CANCELLATION);
        ApprovalHandler h = handler(item.code());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(TestApplication.of(item).applicant(MAN_36).on(DAY).form("deceasedId", MAN_55)
                .form("deathDate", "2026-02-20").allMaterials().build()).outcome());
        assertEquals("deceasedId", h.check(TestApplication.of(item).applicant(MAN_36).on(DAY).form("deceasedId", MAN_36)
                .form("deathDate", "2026-02-20").allMaterials().build()).findings().get(0).subject());
    }

    @Test
    public void passportsRunFiveYearsUnder16AndTenFrom16() {
        ApprovalHandler h = handler(PoliceServiceItems.PASSPORT);
        assertEquals("guardianId", h.check(passport(CHILD, null, false)).findings().get(0).subject());
        Application child = passport(CHILD, MAN_36, false);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(child).outcome());
        assertEquals(DAY.plusYears(5).minusDays(1), h.issue(child).get(0).validUntil());
        assertEquals(DAY.plusYears(10).minusDays(1), h.issue(passport(MAN_36, null, false)).get(0).validUntil());
        assertEquals("exitRestricted", h.review(passport(MAN_36, null, true)).get(0).subject());
    }

    @Test
    public void anEndorsementNeverOutlastsItsPermit() {
        ApprovalHandler h = handler(PoliceServiceItems.HK_MACAU_ENDORSEMENT);
        Application ok = endorsement("2030-01-01", "个人旅游（一年两次）").build();
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals(LocalDate.of(2027, 3, 1), h.issue(ok).get(0).validUntil());
        assertEquals("permitExpiry", h.review(endorsement("2026-05-31", "个人旅游（三个月一次）").build()).get(0).subject());
        assertEquals("business-filing", h.check(endorsement("2030-01-01", Endorsement.BUSINESS).build()).findings().get(0).subject());
    }

    @Test
    public void aDrivingLicenceIsRenewedInTheLast90DaysAndGrowsFromSixToTenToLongTerm() {
        ApprovalHandler h = handler(PoliceServiceItems.DRIVING_LICENCE_RENEWAL);
        Application six = driving("2026-05-31", "六年", false);
        assertEquals(List.of(), h.review(six));
        assertTrue(h.approvesInstantly(six));
        assertEquals(LocalDate.of(2036, 5, 31), h.issue(six).get(0).validUntil());
        assertNull(h.issue(driving("2026-05-31", "十年", false)).get(0).validUntil());
        assertEquals(LocalDate.of(2036, 5, 31), h.issue(driving("2026-05-31", "十年", true)).get(0).validUntil());
        assertEquals("licenceExpiry", h.review(driving("2026-06-01", "六年", false)).get(0).subject());
        assertEquals("licenceExpiry", h.review(driving("2025-03-01", "六年", false)).get(0).subject());
    }

    @Test
    public void smallPrivateCarsGetTheLabelWithoutInspectionInYearsTwoFourAndEight() {
        ApprovalHandler h = handler(PoliceServiceItems.INSPECTION_EXEMPTION);
        Application year4 = inspection(InspectionExemption.ELIGIBLE, "2022-05-01", false);
        assertEquals(List.of(), h.review(year4));
        assertTrue(h.approvesInstantly(year4));
        assertEquals(LocalDate.of(2028, 5, 1), h.issue(year4).get(0).validUntil());
        assertTrue(h.review(inspection(InspectionExemption.ELIGIBLE, "2020-05-01", false)).get(0).message().contains("上线检验"));
        assertEquals(1, h.review(inspection(InspectionExemption.ELIGIBLE, "2022-07-01", false)).size());
        assertEquals("pendingViolations", h.review(inspection(InspectionExemption.ELIGIBLE, "2022-05-01", true)).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(inspection("其他车辆", "2022-05-01", false)).outcome());
    }

    @Test
    public void securityGuardsAreAdultsWithJuniorSecondaryEducationAndACleanRecord() {
        ApprovalHandler h = handler(PoliceServiceItems.SECURITY_GUARD);
        assertEquals(List.of(), h.review(guard(MAN_36, "初中", false, false)));
        assertEquals(Arrays.asList(null, "education"), subjects(h.review(guard(CHILD, "小学及以下", false, false))));
        assertEquals(List.of("criminalRecord", "revokedWithinThreeYears"), subjects(h.review(guard(MAN_36, "高中（含中专）", true, true))));
    }

    @Test
    public void theOfficialSealBearsTheRegisteredName() {
        ApprovalHandler h = handler(PoliceServiceItems.SEAL_FILING);
        Application ok = seal("单位公章", COMPANY_NAME);
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals("sealText", h.review(seal("单位公章", "深圳市南山某某科技公司")).get(0).subject());
        assertEquals(List.of(), h.review(seal("财务专用章", COMPANY_NAME + "财务专用章")));
        assertEquals("sealText", h.review(seal("合同专用章", "某某科技合同专用章")).get(0).subject());
    }

    @Test
    public void theBranchLicensesEventsOf1000To4999AppliedFor20DaysAhead() {
        ApprovalHandler h = handler(PoliceServiceItems.LARGE_EVENT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(event("2026-04-01", 999)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(event("2026-04-01", 5000)).outcome());
        Application ok = event("2026-03-22", 4999);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertEquals("large-event-permit", h.issue(ok).get(0).kind());
        assertEquals("eventDate", h.review(event("2026-03-21", 3000)).get(0).subject());
    }

    private Application reissue(String who) {
        return TestApplication.of(item(PoliceHouseholdItems.ID_CARD_REISSUE)).applicant(who).on(DAY).form("lostDate", "2026-02-28")
                .allMaterials().build();
    }

    private Application renewal(String reason, String expiry) {
        return TestApplication.of(item(PoliceHouseholdItems.ID_CARD_RENEWAL)).applicant(MAN_36).on(DAY).form("reason", reason)
                .form("currentExpiry", expiry).allMaterials().build();
    }

    private TestApplication residence(String hukou, String housing) {
        return TestApplication.of(item(PoliceHouseholdItems.RESIDENCE_REGISTRATION)).applicant(MAN_36).on(DAY).form("hukou", hukou)
                .form("housing", housing).form("address", "南山区粤海街道某小区1栋101").form("arrivalDate", "2026-02-15").material("id-card");
    }

    private Application passport(String who, String guardian, boolean restricted) {
        TestApplication t = TestApplication.of(item(PoliceServiceItems.PASSPORT)).applicant(who).on(DAY).form("purpose", "旅游")
                .form("exitRestricted", restricted).allMaterials();
        return guardian == null ? t.build() : t.form("guardianId", guardian).build();
    }

    private TestApplication endorsement(String permitExpiry, String type) {
        return TestApplication.of(item(PoliceServiceItems.HK_MACAU_ENDORSEMENT)).applicant(MAN_36).on(DAY).form("permitExpiry", permitExpiry)
                .form("endorsement", type).material("id-card");
    }

    private Application driving(String expiry, String term, boolean twelve) {
        return TestApplication.of(item(PoliceServiceItems.DRIVING_LICENCE_RENEWAL)).applicant(MAN_36).on(DAY).form("licenceExpiry", expiry)
                .form("currentTerm", term).form("reachedTwelvePoints", twelve).allMaterials().build();
    }

    private Application inspection(String type, String registered, boolean pending) {
        return TestApplication.of(item(PoliceServiceItems.INSPECTION_EXEMPTION)).applicant(MAN_36).on(DAY).form("vehicleType", type)
                .form("registrationDate", registered).form("pendingViolations", pending).allMaterials().build();
    }

    private Application guard(String who, String education, boolean record, boolean revoked) {
        return TestApplication.of(item(PoliceServiceItems.SECURITY_GUARD)).applicant(who).on(DAY).form("education", education)
                .form("criminalRecord", record).form("revokedWithinThreeYears", revoked).allMaterials().build();
    }

    private Application seal(String type, String text) {
        return TestApplication.of(item(PoliceServiceItems.SEAL_FILING)).applicant(COMPANY).name(COMPANY_NAME).on(DAY).form("sealType", type)
                .form("sealText", text).allMaterials().build();
    }

    private Application event(String date, int expected) {
        return TestApplication.of(item(PoliceServiceItems.LARGE_EVENT)).applicant(COMPANY).on(DAY).form("eventName", "南山音乐节")
                .form("eventDate", date).form("expected", expected).allMaterials().build();
    }

    private static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return police.handler(code);
    }

    private Item item(String code) {
        return police.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
