package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The online hall's public part (/hall/online/) on a phone and on a desktop: the catalogue searched
 * and filtered, the guide of an item (materials, limits, legal basis, fees, where to go), the way
 * in from the progress page, and the login form answering bad input at its fields. And the public
 * progress page on a phone: no login, the case number and the last four characters of the
 * applicant's number, the steps without personal data; wrong input answered at its field.
 */
public class OnlinePortalIT extends WebTestSupport {
    private static String caseNumber;
    private static String applicant;

    @BeforeClass
    public static void start() throws Exception {
        startHall("portal", 18686);
        applicant = person(60);
        caseNumber = residencePermit(applicant, "欧阳娜娜").get("caseNumber").asText();
        act(caseNumber, "review", "approver-police", Map.of());
    }

    private void phone() {
        browser.resize(390, 844);
    }

    private void fitsTheWidth() {
        assertEquals("fits the viewport's width", Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));
    }

    @Test
    public void aPhoneFindsAnItemAndReadsItsGuide() {
        phone();
        browser.open("hall/online/");
        browser.waitView("catalogue");
        assertTrue(browser.text("#portal-count"), browser.text("#portal-count").contains("448"));
        browser.type("#portal-q", "人才引进");
        browser.waitFor(d -> browser.present("#portal-list li[data-item=hr-talent-introduction]")
                && browser.all("#portal-list li").size() < 20);
        fitsTheWidth();
        screenshot("1-search");
        browser.click("#portal-list li[data-item=hr-talent-introduction] a");
        browser.waitView("guide");
        assertEquals("在职人才引进核准", browser.text("#guide h1"));
        assertEquals("20 个工作日", browser.text("#guide-legal"));
        assertEquals("5 个工作日", browser.text("#guide-promised"));
        assertTrue(browser.text("#guide-basis").contains("深圳经济特区人才工作条例"));
        assertEquals("不收费", browser.text("#guide-fees"));
        assertTrue(browser.text("#guide-where").contains("综合受理窗口"));
        assertEquals(4, browser.all("#guide-materials li").size());
        assertTrue(browser.text("#guide-materials").contains("劳动合同"));
        assertTrue(browser.text("#guide").contains("网上可办"));
        assertEquals("not logged in: apply leads to the login", "登录后在线申请", browser.text("#guide-apply"));
        fitsTheWidth();
        screenshot("2-guide");
        browser.click("#guide-apply");
        browser.waitView("login");
        assertEquals("login-number", browser.focused());
    }

    @Test
    public void theZeroVisitFilterListsOnlyZeroVisitItems() {
        phone();
        browser.open("hall/online/");
        browser.waitView("catalogue");
        browser.click("button[data-filter=zeroVisit]");
        browser.waitFor(d -> browser.text("#portal-count").contains("235"));
        assertEquals("true", browser.$("button[data-filter=zeroVisit]").getAttribute("aria-pressed"));
        assertEquals(30, browser.all("#portal-list li").size());
        browser.click("#portal-more");
        browser.waitFor(d -> browser.all("#portal-list li").size() == 60);
        for (var badge : browser.all("#portal-list li")) {
            assertTrue(badge.getText(), badge.getText().contains("零跑动"));
        }
    }

    @Test
    public void aDesktopShowsTheGuideInColumnsAndSwitchesToEnglish() {
        browser.resize(1366, 768);
        browser.open("hall/online/#/item/hr-talent-introduction");
        browser.waitView("guide");
        Object columns = browser.js("return getComputedStyle(document.querySelector('.guide-grid')).gridTemplateColumns.split(' ').length");
        assertEquals(2L, columns);
        fitsTheWidth();
        screenshot("1-desktop-guide");
        browser.click("#lang");
        browser.waitText("#guide-legal", "20 working days");
        assertEquals("Log in to apply", browser.text("#guide-apply"));
        browser.click("#lang");
        browser.waitText("#guide-legal", "20 个工作日");
    }

    @Test
    public void theProgressPageLeadsToTheOnlineHall() {
        phone();
        browser.open("hall/progress");
        browser.waitView("progress");
        browser.click("#online-link");
        browser.waitView("catalogue");
        assertTrue(browser.driver().getCurrentUrl().contains("/hall/online/"));
    }

    @Test
    public void theLoginFormAnswersBadInputAtItsFields() {
        phone();
        browser.open("hall/online/#/login");
        browser.waitView("login");
        browser.type("#login-number", WRONG_CHECK_DIGIT.substring(0, 10));
        browser.click("#login-send");
        assertTrue(browser.waitText("[data-field=number] .err", "18位").length() > 0);
        assertEquals("login-number", browser.focused());
        browser.type("#login-number", MAN);
        browser.type("#login-phone", "1380013");
        browser.click("#login-send");
        assertTrue(browser.waitText("[data-field=phone] .err", "11位").length() > 0);
        assertFalse("no code was asked for", browser.text("#portal-login .form-message").contains("已发送"));
        browser.type("#login-phone", "13800138000");
        browser.type("#login-code", "12");
        browser.click("#login-submit");
        assertTrue(browser.waitText("[data-field=code] .err", "6位").length() > 0);
        fitsTheWidth();
        screenshot("1-login-errors");
    }

    private void ask(String number, String suffix) {
        phone();
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
        phone();
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
