package org.qinqing.hall.dept.housing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

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

public class HousingDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String BOY_17 = id("44030520080601001");
    private static final String DEVELOPER = "91440300123456788M";

    private final HousingDepartment housing = new HousingDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(housing);
        assertEquals("housing", housing.code());
        assertEquals(Level.DISTRICT, housing.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = housing.items();
        assertEquals(20, items.size());
        assertEquals(15, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(8, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(6, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(8, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("housing-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, housing.handler(i.code()));
            }
        }
    }

    @Test
    public void smallWorksAndWorksOutsideNanshanNeedNoPermitHere() {
        ApprovalHandler h = handler(HousingBuildItems.CONSTRUCTION_PERMIT);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(permit("南山区", 30.01, 300.5)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(permit("南山区", 30, 5000)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(permit("南山区", 800, 300)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(permit("福田区", 800, 5000)).outcome());
    }

    @Test
    public void aConstructionPermitLapsesUnlessWorkStartsWithinThreeMonths() {
        Application a = permit("南山区", 800, 5000);
        assertEquals(DAY.plusMonths(3), handler(HousingBuildItems.CONSTRUCTION_PERMIT).issue(a).get(0).validUntil());
        assertEquals(HousingBuildItems.PERMIT_KIND, handler(HousingBuildItems.CONSTRUCTION_PERMIT).issue(a).get(0).kind());
    }

    @Test
    public void aPermitIsExtendedAtMostTwiceByThreeMonthsBeforeItLapses() {
        ApprovalHandler h = handler(HousingBuildItems.PERMIT_EXTENSION);
        Application ok = extension("2026-03-20", 1, 3);
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2026, 6, 20), h.issue(ok).get(0).validUntil());
        assertEquals(List.of("startDeadline", "extensionsSoFar", "months"),
                h.review(extension("2026-03-01", 2, 4)).stream().map(Finding::subject).toList());
    }

    @Test
    public void onlyProjectsThatMustBeTenderedReportWithin15Days() {
        ApprovalHandler h = handler(HousingBuildItems.BIDDING_REPORT);
        assertEquals(CheckResult.Outcome.REJECT, h.check(bidding("施工", 399.99, "2026-02-20")).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(bidding("勘察、设计、监理等服务采购", 100, "2026-02-20")).outcome());
        assertEquals(List.of(), h.review(bidding("施工", 400, "2026-02-15")));
        assertEquals("awardDate", h.review(bidding("施工", 400, "2026-02-14")).get(0).subject());
    }

    @Test
    public void completionFilingBringsTheFireDocumentOfItsKindWithin15Days() {
        Item item = item(HousingBuildItems.COMPLETION_FILING);
        ApprovalHandler h = handler(item.code());
        Application special = completion("2026-02-20", true).material("fire-filing").build();
        assertEquals("fire-acceptance", h.check(special).findings().get(0).subject());
        Application other = completion("2026-02-20", false).material("fire-filing").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(other).outcome());
        assertEquals(List.of(), h.review(other));
        assertEquals("acceptanceDate", h.review(completion("2026-02-10", false).material("fire-filing").build()).get(0).subject());
    }

    @Test
    public void presaleNeedsTheLandPaidAndAQuarterOfTheInvestment() {
        ApprovalHandler h = handler(HousingPropertyItems.PRESALE_PERMIT);
        assertEquals(List.of(), h.review(presale(10000, 2500, true, "2027-12-31")));
        assertEquals(List.of("landPremiumPaid", "investedAmount", "deliveryDate"),
                h.review(presale(10000, 2499, false, "2026-03-01")).stream().map(Finding::subject).toList());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(presale(10000, 12000, true, "2027-12-31")).outcome());
    }

    @Test
    public void usingTheMaintenanceFundNeedsTwoThirdsVotingAndAMajorityOfThem() {
        ApprovalHandler h = handler(HousingPropertyItems.MAINTENANCE_FUND);
        assertEquals(List.of(), h.review(vote(HousingPropertyItems.MAINTENANCE_FUND, 9000, 90, 6000, 60, 3001, 31)));
        assertEquals(List.of("votingOwners"), subjects(h.review(vote(HousingPropertyItems.MAINTENANCE_FUND, 9000, 90, 5999, 60, 5999, 60))));
        assertEquals(List.of("consentOwners"), subjects(h.review(vote(HousingPropertyItems.MAINTENANCE_FUND, 9000, 90, 6000, 60, 3000, 40))));
        assertEquals(CheckResult.Outcome.SUPPLEMENT,
                h.check(vote(HousingPropertyItems.MAINTENANCE_FUND, 9000, 90, 6000, 60, 7000, 40)).outcome());
    }

    @Test
    public void addingALiftNeedsThreeQuartersOfTheVoters() {
        ApprovalHandler h = handler(HousingPropertyItems.ELEVATOR_RETROFIT);
        assertEquals(List.of(), h.review(vote(HousingPropertyItems.ELEVATOR_RETROFIT, 2400, 24, 2400, 24, 1800, 18)));
        assertEquals(List.of("consentOwners"), subjects(h.review(vote(HousingPropertyItems.ELEVATOR_RETROFIT, 2400, 24, 2400, 24, 1800, 17))));
    }

    @Test
    public void publicRentalIsForAdultLocalsWithoutAHome() {
        ApprovalHandler h = handler(HousingSecurityItems.PUBLIC_RENTAL);
        assertEquals(List.of(), h.review(security(HousingSecurityItems.PUBLIC_RENTAL, MAN_36, "深圳市户籍", false, false)));
        assertEquals(2, h.review(security(HousingSecurityItems.PUBLIC_RENTAL, BOY_17, "深圳市户籍", true, false)).size());
        assertEquals(CheckResult.Outcome.REJECT,
                h.check(security(HousingSecurityItems.PUBLIC_RENTAL, MAN_36, "非深圳市户籍", false, false)).outcome());
        assertEquals(CheckResult.Outcome.ACCEPT,
                handler(HousingSecurityItems.AFFORDABLE_RENTAL).check(security(HousingSecurityItems.AFFORDABLE_RENTAL, MAN_36, "非深圳市户籍", false, false))
                        .outcome());
    }

    @Test
    public void sharedOwnershipIsForFirstTimeBeneficiariesOnly() {
        ApprovalHandler h = handler(HousingSecurityItems.SHARED_OWNERSHIP);
        assertEquals(List.of(), h.review(security(HousingSecurityItems.SHARED_OWNERSHIP, MAN_36, "深圳市户籍", false, false)));
        assertEquals("previouslyBenefited",
                h.review(security(HousingSecurityItems.SHARED_OWNERSHIP, MAN_36, "深圳市户籍", false, true)).get(0).subject());
        assertEquals(List.of(), handler(HousingSecurityItems.AFFORDABLE_RENTAL)
                .review(security(HousingSecurityItems.AFFORDABLE_RENTAL, MAN_36, "非深圳市户籍", false, true)));
    }

    @Test
    public void aLeaseIsFiledWithin30DaysOfSigningForAtMost20Years() {
        ApprovalHandler h = handler(HousingSecurityItems.RENTAL_FILING);
        Application ok = lease("2026-02-01", "2026-02-01", "2027-01-31");
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals(LocalDate.of(2027, 1, 31), h.issue(ok).get(0).validUntil());
        assertEquals(HousingSecurityItems.LEASE_FILING, h.issue(ok).get(0).kind());
        assertEquals(List.of("endDate", "signedDate"), subjects(h.review(lease("2026-01-30", "2026-02-01", "2046-02-02"))));
        assertEquals("endDate", h.check(lease("2026-02-01", "2026-02-01", "2026-02-01")).findings().get(0).subject());
    }

    private Application permit(String district, double investment, double area) {
        return TestApplication.of(item(HousingBuildItems.CONSTRUCTION_PERMIT)).applicant(DEVELOPER).on(DAY).form("projectName", "南山某科技园")
                .form("district", district).form("investment", investment).form("floorArea", area).allMaterials().build();
    }

    private Application extension(String deadline, int sofar, int months) {
        return TestApplication.of(item(HousingBuildItems.PERMIT_EXTENSION)).applicant(DEVELOPER).on(DAY).form("startDeadline", deadline)
                .form("extensionsSoFar", sofar).form("months", months).allMaterials().build();
    }

    private Application bidding(String type, double amount, String awardDate) {
        return TestApplication.of(item(HousingBuildItems.BIDDING_REPORT)).applicant(DEVELOPER).on(DAY).form("contractType", type)
                .form("contractAmount", amount).form("awardDate", awardDate).allMaterials().build();
    }

    private TestApplication completion(String acceptanceDate, boolean special) {
        return TestApplication.of(item(HousingBuildItems.COMPLETION_FILING)).applicant(DEVELOPER).on(DAY).form("acceptanceDate", acceptanceDate)
                .form("specialProject", special).material("acceptance-report").material("planning-check").material("warranty");
    }

    private Application presale(double total, double invested, boolean landPaid, String delivery) {
        return TestApplication.of(item(HousingPropertyItems.PRESALE_PERMIT)).applicant(DEVELOPER).on(DAY).form("projectName", "南山某花园")
                .form("totalInvestment", total).form("investedAmount", invested).form("landPremiumPaid", landPaid)
                .form("deliveryDate", delivery).allMaterials().build();
    }

    private Application vote(String code, double totalArea, int owners, double votingArea, int voting, double consentArea, int consent) {
        TestApplication t = TestApplication.of(item(code)).applicant(HousingPropertyItems.ELEVATOR_RETROFIT.equals(code) ? MAN_36 : DEVELOPER)
                .on(DAY).form("totalArea", totalArea).form("totalOwners", owners).form("votingArea", votingArea)
                .form("votingOwners", voting).form("consentArea", consentArea).form("consentOwners", consent).allMaterials();
        return HousingPropertyItems.MAINTENANCE_FUND.equals(code) ? t.form("amount", 120000).build() : t.build();
    }

    private Application security(String code, String applicant, String hukou, boolean ownsHome, boolean benefited) {
        return TestApplication.of(item(code)).applicant(applicant).on(DAY).form("hukou", hukou).form("householdSize", 3)
                .form("ownsHome", ownsHome).form("previouslyBenefited", benefited).allMaterials().build();
    }

    private Application lease(String signed, String start, String end) {
        return TestApplication.of(item(HousingSecurityItems.RENTAL_FILING)).applicant(MAN_36).on(DAY).form("address", "南山区粤海街道某小区1栋101")
                .form("signedDate", signed).form("startDate", start).form("endDate", end).form("monthlyRent", 6500).allMaterials().build();
    }

    private static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return housing.handler(code);
    }

    private Item item(String code) {
        return housing.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
