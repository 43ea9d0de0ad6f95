package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The public progress page on a phone: no login, the case number and the last four characters of
 * the applicant's number, the steps without personal data; wrong input answered at its field.
 */
public class ProgressPageIT extends WebTestSupport {
    private static String caseNumber;
    private static String applicant;

    @BeforeClass
    public static void start() throws Exception {
        startHall("progress", 18684);
        applicant = person(60);
        caseNumber = residencePermit(applicant, "欧阳娜娜").get("caseNumber").asText();
        act(caseNumber, "review", "approver-police", Map.of());
        browser.resize(390, 844);
    }

    private void ask(String number, String suffix) {
        browser.driver().manage().deleteAllCookies();
        browser.open("hall/progress");
        browser.waitView("progress");
        browser.type("#progress-number", number);
        browser.type("#progress-suffix", suffix);
        browser.click("#progress-submit");
    }

    @Test
    public void theApplicantFollowsTheCaseOnAPhoneWithoutPersonalData() {
        ask(caseNumber, applicant.substring(14));
        browser.waitView("progress-shown");
        assertEquals("审查中", browser.text("#progress-status"));
        String page = browser.text("main");
        assertTrue(page, page.contains("居住证申领") && page.contains("2026-03-09") && page.contains("2026-03-17"));
        assertEquals(2, browser.all("#progress-steps li").size());
        assertFalse("no name", page.contains("欧阳"));
        assertFalse("no ID number", page.contains(applicant.substring(0, 10)));
        assertEquals("fits the phone's width", Boolean.TRUE,
                browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));
        screenshot("1-phone");
    }

    @Test
    public void aCompositeCaseShowsEachDepartmentsPart() throws Exception {
        String person = person(61);
        String nc = talentSettlement(person, "欧阳一").get("caseNumber").asText();
        ask(nc, person.substring(14));
        browser.waitView("progress-shown");
        assertEquals(3, browser.all("#progress-parts tr").size());
        assertTrue(browser.text("#progress-parts").contains("南山区卫生健康局"));
        assertFalse(browser.text("main").contains("欧阳"));
        screenshot("1-composite");
    }

    @Test
    public void aWrongSuffixFindsNothingAndAShortOneIsAnsweredAtItsField() {
        ask(caseNumber, "0000");
        assertTrue(browser.waitText("#progress-form .form-message", "没有找到").length() > 0);
        assertFalse(browser.present("#progress"));
        ask(caseNumber, "12");
        assertTrue(browser.waitText("[data-field=suffix] .err", "后四位").length() > 0);
        assertEquals("progress-suffix", browser.focused());
        screenshot("1-short-suffix");
    }

    @Test
    public void theReceiptsLinkFillsTheCaseNumberAndTheEnglishSwitchIsKept() {
        browser.driver().manage().deleteAllCookies();
        browser.open("hall/progress?case=" + caseNumber);
        browser.waitView("progress");
        assertEquals(caseNumber, browser.$("#progress-number").getAttribute("value"));
        assertEquals("progress-suffix", browser.focused());
        browser.click("#lang");
        browser.waitText("h1", "Case progress");
        browser.type("#progress-suffix", applicant.substring(14));
        browser.click("#progress-submit");
        browser.waitView("progress-shown");
        assertEquals("under review", browser.text("#progress-status"));
        screenshot("1-english");
        browser.driver().navigate().refresh();
        browser.waitText("h1", "Case progress");
        browser.click("#lang");
        browser.waitText("h1", "办件进度查询");
    }
}
