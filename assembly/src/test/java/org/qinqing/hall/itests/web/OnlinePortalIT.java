package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The online hall's public part (/hall/online/) on a phone and on a desktop: the catalogue searched
 * and filtered, the guide of an item (materials, limits, legal basis, fees, where to go), the way
 * in from the progress page, and the login form answering bad input at its fields.
 */
public class OnlinePortalIT extends WebTestSupport {

    @BeforeClass
    public static void start() throws Exception {
        startHall("portal", 18686);
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
}
