package org.qinqing.hall.dept.justice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
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

public class JusticeDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String MAN_36 = "44030519900101123X";
    private static final String WOMAN_26 = "440305200001010048";
    private static final String COMPANY = "91440300123456788M";
    private static final String NO = "无";

    private final JusticeDepartment justice = new JusticeDepartment();

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(justice);
        assertEquals("justice", justice.code());
        assertEquals(Level.DISTRICT, justice.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = justice.items();
        assertEquals(10, items.size());
        assertEquals(7, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(6, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(4, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(4, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("justice-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, justice.handler(i.code()));
            }
        }
    }

    @Test
    public void legalAidForEconomicHardshipNeedsTheStatement() {
        ApprovalHandler h = handler(JusticeItems.LEGAL_AID);
        assertEquals("hardship-statement", h.check(aid(LegalAid.WAGES, NO).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(aid(LegalAid.WAGES, NO).material("hardship-statement").build()).outcome());
        Application violence = aid("请求给付赡养费、抚养费、扶养费", "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(violence).outcome());
        assertEquals(List.of(), h.review(violence));
    }

    @Test
    public void exemptGroupsProveTheirGroupInsteadOfTheirHardship() {
        ApprovalHandler h = handler(JusticeItems.LEGAL_AID);
        assertEquals("exemption-proof", h.check(aid(LegalAid.WAGES, LegalAid.MIGRANT_WORKER).build()).findings().get(0).subject());
        Application worker = aid(LegalAid.WAGES, LegalAid.MIGRANT_WORKER).material("exemption-proof").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(worker).outcome());
        assertEquals(List.of(), h.review(worker));
        Application mismatch = aid("请求发给抚恤金", LegalAid.MIGRANT_WORKER).material("exemption-proof").build();
        assertEquals("category", h.review(mismatch).get(0).subject());
        assertEquals("category", h.review(aid(LegalAid.WAGES, LegalAid.ACQUITTED).build()).get(0).subject());
    }

    @Test
    public void legalAidCoversOnlyTheStatutoryMatters() {
        assertEquals("matter", handler(JusticeItems.LEGAL_AID).review(aid(LegalAid.OTHER, NO).material("hardship-statement").build())
                .get(0).subject());
    }

    @Test
    public void mediationIsRefusedWhenAPartyDeclinesOrTheDisputeIsAlreadyBeforeACourt() {
        ApprovalHandler h = handler(JusticeItems.MEDIATION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(mediation(false, false)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(mediation(true, false)).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(mediation(false, true)).outcome());
    }

    @Test
    public void legalWorkersNeedABachelorsDegreeAndLegalKnowledge() {
        ApprovalHandler h = handler(JusticeItems.LEGAL_WORKER);
        assertEquals(List.of(), h.review(worker("大学本科（法律专业）", NO, false).build()));
        assertEquals("education", h.review(worker("大学专科", NO, false).build()).get(0).subject());
        assertEquals("law-knowledge", h.check(worker("大学本科（非法律专业）", NO, false).build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT,
                h.check(worker("大学本科（非法律专业）", NO, false).material("law-knowledge").build()).outcome());
    }

    @Test
    public void onlyANegligenceConvictionIsCompatibleWithPractice() {
        ApprovalHandler h = handler(JusticeItems.LEGAL_WORKER);
        assertEquals(List.of(), h.review(worker("研究生（法律专业）", "受过过失犯罪刑事处罚", false).build()));
        assertEquals(List.of("criminalRecord", "dismissedOrRevoked"),
                h.review(worker("研究生（法律专业）", "受过故意犯罪刑事处罚", true).build()).stream().map(Finding::subject).toList());
    }

    @Test
    public void aCorrectionLeaveIsAtMost30DaysWithinTheTerm() {
        ApprovalHandler h = handler(JusticeItems.CORRECTION_LEAVE);
        Application ok = leave("2026-03-05", 30, "2027-01-01");
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2026, 4, 4), h.issue(ok).get(0).validUntil());
        assertEquals(1, h.review(leave("2026-03-05", 31, "2027-01-01")).size());
        assertEquals(1, h.review(leave("2026-03-05", 10, "2026-03-10")).size());
        assertEquals("leaveDate", h.check(leave("2026-03-01", 5, "2027-01-01")).findings().get(0).subject());
    }

    @Test
    public void peoplesAssessorsAreAtLeast28AndNotFromTheExcludedProfessions() {
        ApprovalHandler h = handler(JusticeItems.PEOPLE_ASSESSOR);
        assertEquals(List.of(), h.review(assessor(MAN_36, "大学本科及以上", "其他职业", false, false)));
        assertEquals(1, h.review(assessor(WOMAN_26, "大学本科及以上", "其他职业", false, false)).size());
        assertEquals(List.of("education", "occupation", "criminalRecord", "dishonestDebtor"),
                h.review(assessor(MAN_36, "初中及以下", "律师、公证员、仲裁员、基层法律服务工作者", true, true))
                        .stream().map(Finding::subject).toList());
    }

    private TestApplication aid(String matter, String category) {
        return TestApplication.of(item(JusticeItems.LEGAL_AID)).applicant(MAN_36).on(DAY).form("matter", matter).form("category", category)
                .material("id-card").material("case-materials");
    }

    private Application mediation(boolean refused, boolean accepted) {
        return TestApplication.of(item(JusticeItems.MEDIATION)).applicant(COMPANY).on(DAY).form("disputeType", "合同")
                .form("otherPartyRefused", refused).form("alreadyAccepted", accepted).allMaterials().build();
    }

    private TestApplication worker(String education, String record, boolean dismissed) {
        return TestApplication.of(item(JusticeItems.LEGAL_WORKER)).applicant(MAN_36).on(DAY).form("education", education)
                .form("criminalRecord", record).form("dismissedOrRevoked", dismissed).material("id-card").material("degree")
                .material("office-consent").material("health-proof");
    }

    private Application leave(String leaveDate, int days, String correctionEnds) {
        return TestApplication.of(item(JusticeItems.CORRECTION_LEAVE)).applicant(MAN_36).on(DAY).form("reason", "就医")
                .form("destination", "广州市").form("leaveDate", leaveDate).form("days", days).form("correctionEnds", correctionEnds)
                .allMaterials().build();
    }

    private Application assessor(String applicant, String education, String occupation, boolean criminal, boolean debtor) {
        return TestApplication.of(item(JusticeItems.PEOPLE_ASSESSOR)).applicant(applicant).on(DAY).form("education", education)
                .form("occupation", occupation).form("criminalRecord", criminal).form("dishonestDebtor", debtor).allMaterials().build();
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return justice.handler(code);
    }

    private Item item(String code) {
        return justice.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
