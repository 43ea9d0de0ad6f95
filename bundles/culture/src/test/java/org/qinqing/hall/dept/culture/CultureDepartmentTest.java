package org.qinqing.hall.dept.culture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class CultureDepartmentTest {
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String GIRL_10 = id("44030520150601002");
    private static final String COMPANY = "91440300123456788M";

    private final CultureDepartment culture = new CultureDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(culture);
        assertEquals("culture", culture.code());
        assertEquals(Level.DISTRICT, culture.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = culture.items();
        assertEquals(16, items.size());
        assertEquals(12, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(7, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(5, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(6, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("culture-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, culture.handler(i.code()));
            }
        }
    }

    @Test
    public void aShowFor1000OrMoreBringsThePoliceSafetyPermit() {
        ApprovalHandler h = handler(CultureVenueItems.COMMERCIAL_PERFORMANCE);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(show("2026-04-01", 1500, 999).build()).outcome());
        assertEquals("safety-permit", h.check(show("2026-04-01", 3000, 1000).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(show("2026-04-01", 3000, 1000).material("safety-permit").build()).outcome());
        assertEquals("performanceDate", h.check(show("2026-03-01", 300, 200).build()).findings().get(0).subject());
    }

    @Test
    public void ticketsMayNotExceedTheVenueCapacity() {
        ApprovalHandler h = handler(CultureVenueItems.COMMERCIAL_PERFORMANCE);
        Application ok = show("2026-04-01", 800, 800).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2026, 4, 1), h.issue(ok).get(0).validUntil());
        assertEquals("tickets", h.review(show("2026-04-01", 800, 801).build()).get(0).subject());
    }

    @Test
    public void aVenueIsFiledWithin20DaysOfItsBusinessLicence() {
        Item item = item(CultureVenueItems.VENUE_FILING);
        ApprovalHandler h = handler(item.code());
        Application timely = TestApplication.of(item).applicant(COMPANY).on(DAY).form("licenceDate", "2026-02-10").form("seats", 600)
                .allMaterials().build();
        Application late = TestApplication.of(item).applicant(COMPANY).on(DAY).form("licenceDate", "2026-02-09").form("seats", 600)
                .allMaterials().build();
        assertEquals(List.of(), h.review(timely));
        assertEquals("licenceDate", h.review(late).get(0).subject());
    }

    @Test
    public void entertainmentVenuesStayAwayFromHomesSchoolsBasementsAndChemicals() {
        ApprovalHandler h = handler(CultureVenueItems.ENTERTAINMENT_VENUE);
        assertEquals(List.of(), h.review(venue("商业建筑", false, false, false, false)));
        assertEquals(List.of("building", "nearSchoolHospitalOrOffice", "belowFirstBasement", "nextToChemicalStore"),
                subjects(h.review(venue("居民楼", true, true, true, false))));
        assertEquals(CheckResult.Outcome.REJECT, h.check(venue("商业建筑", false, false, false, true)).outcome());
    }

    @Test
    public void anInternetCafeIsAtLeast200MetresFromSchoolsAndOutsideResidentialBuildings() {
        ApprovalHandler h = handler(CultureVenueItems.INTERNET_CAFE);
        assertEquals(List.of(), h.review(cafe(200, false, 80)));
        assertEquals(List.of("distanceToSchool", "inResidentialBuilding"), subjects(h.review(cafe(199.5, true, 80))));
        assertEquals("computers", h.check(cafe(300, false, 0)).findings().get(0).subject());
    }

    @Test
    public void aSwimmingPoolNeedsThreeLifeguardsPer250SquareMetresAndOneMorePerFurther250() {
        assertEquals(3, HighRiskSport.lifeguards(new BigDecimal("250")));
        assertEquals(4, HighRiskSport.lifeguards(new BigDecimal("250.5")));
        assertEquals(6, HighRiskSport.lifeguards(new BigDecimal("1000")));
        ApprovalHandler h = handler(CultureTourismItems.HIGH_RISK_SPORT);
        assertEquals(List.of(), h.review(sport("游泳", 2, 1250.0, 7).build()));
        assertEquals(List.of("instructors", "lifeguards"), subjects(h.review(sport("游泳", 0, 1250.0, 6).build())));
        assertEquals("waterArea", h.check(sport("游泳", 2, null, null).build()).findings().get(0).subject());
        assertEquals(List.of(), h.review(sport("攀岩", 2, null, null).build()));
    }

    @Test
    public void aNewTravelAgencyDepositsTwoHundredThousandAndCannotStartWithOutboundTours() {
        Item item = item(CultureTourismItems.TRAVEL_AGENCY);
        ApprovalHandler h = handler(item.code());
        Application ok = TestApplication.of(item).applicant(COMPANY).on(DAY).form("scope", TravelAgency.DOMESTIC).form("deposit", 200000)
                .allMaterials().build();
        Application low = TestApplication.of(item).applicant(COMPANY).on(DAY).form("scope", TravelAgency.DOMESTIC).form("deposit", 150000)
                .allMaterials().build();
        Application outbound = TestApplication.of(item).applicant(COMPANY).on(DAY).form("scope", TravelAgency.OUTBOUND).form("deposit", 1400000)
                .allMaterials().build();
        assertEquals(List.of(), h.review(ok));
        assertEquals("deposit", h.review(low).get(0).subject());
        assertEquals(CheckResult.Outcome.REJECT, h.check(outbound).outcome());
    }

    @Test
    public void aBranchIsFiledWithinThreeWorkingDaysWithItsDepositTopUp() {
        ApprovalHandler h = handler(CultureTourismItems.AGENCY_BRANCH);
        assertEquals(List.of(), h.review(branch("2026-02-25", false, 50000)));
        assertEquals(List.of("registrationDate", "depositAdded"), subjects(h.review(branch("2026-02-24", true, 50000))));
        assertEquals(List.of(), h.review(branch("2026-02-25", true, 300000)));
        assertEquals(2, AgencyBranch.workingDaysBetween(LocalDate.of(2026, 2, 26), DAY));
    }

    @Test
    public void childrenUnder14GetALibraryCardWithAGuardian() {
        Item item = item(CultureTourismItems.LIBRARY_CARD);
        ApprovalHandler h = handler(item.code());
        assertEquals("guardianId", h.check(TestApplication.of(item).applicant(GIRL_10).on(DAY).allMaterials().build()).findings().get(0).subject());
        Application child = TestApplication.of(item).applicant(GIRL_10).on(DAY).form("guardianId", MAN_36).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(child).outcome());
        assertEquals(List.of(), h.review(child));
        assertTrue(h.approvesInstantly(child));
        Application adult = TestApplication.of(item).applicant(MAN_36).on(DAY).allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(adult).outcome());
        Application self = TestApplication.of(item).applicant(MAN_36).on(DAY).form("guardianId", MAN_36).allMaterials().build();
        assertEquals("guardianId", h.review(self).get(0).subject());
    }

    private TestApplication show(String date, int capacity, int tickets) {
        return TestApplication.of(item(CultureVenueItems.COMMERCIAL_PERFORMANCE)).applicant(COMPANY).on(DAY).form("title", "南山音乐节")
                .form("performanceDate", date).form("capacity", capacity).form("tickets", tickets)
                .material("business-licence").material("programme").material("venue-contract");
    }

    private Application venue(String building, boolean near, boolean basement, boolean chemicals, boolean ineligible) {
        return TestApplication.of(item(CultureVenueItems.ENTERTAINMENT_VENUE)).applicant(COMPANY).on(DAY).form("venueType", "歌舞娱乐场所")
                .form("building", building).form("nearSchoolHospitalOrOffice", near).form("belowFirstBasement", basement)
                .form("nextToChemicalStore", chemicals).form("ineligiblePerson", ineligible).allMaterials().build();
    }

    private Application cafe(double distance, boolean residential, int computers) {
        return TestApplication.of(item(CultureVenueItems.INTERNET_CAFE)).applicant(COMPANY).on(DAY).form("distanceToSchool", distance)
                .form("inResidentialBuilding", residential).form("computers", computers).allMaterials().build();
    }

    private TestApplication sport(String project, int instructors, Double area, Integer lifeguards) {
        TestApplication t = TestApplication.of(item(CultureTourismItems.HIGH_RISK_SPORT)).applicant(COMPANY).on(DAY).form("project", project)
                .form("instructors", instructors).allMaterials();
        if (area != null) {
            t.form("waterArea", area);
        }
        if (lifeguards != null) {
            t.form("lifeguards", lifeguards);
        }
        return t;
    }

    private Application branch(String registered, boolean outbound, int deposit) {
        return TestApplication.of(item(CultureTourismItems.AGENCY_BRANCH)).applicant(COMPANY).on(DAY).form("registrationDate", registered)
                .form("outbound", outbound).form("depositAdded", deposit).allMaterials().build();
    }

    private static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return culture.handler(code);
    }

    private Item item(String code) {
        return culture.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
