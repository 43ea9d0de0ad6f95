package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * First login of an account with a given password: the change-password screen comes first and
 * nothing else opens until the account has set its own (at least 12 characters, without the
 * account name); then the account's home screen, and the new password logs in.
 */
public class PasswordScreenIT extends WebTestSupport {

    @BeforeClass
    public static void start() throws Exception {
        startHall("password", 18685);
    }

    @Test
    public void aGivenPasswordLeadsToTheChangeScreenFirst() {
        browser.login("window-new", hall.password("window-new"));
        browser.waitView("password");
        assertTrue("no screens offered before the change", browser.all("#nav a").isEmpty());
        screenshot("1-change-first");
        browser.open("hall/#/cases");
        browser.waitView("password");

        browser.type("input[name=currentPassword]", hall.password("window-new"));
        browser.type("input[name=newPassword]", "short-one");
        browser.type("input[name=repeatPassword]", "short-one");
        browser.click("#password-submit");
        browser.waitText("[data-field=newPassword] .err", "at least 12");
        screenshot("2-too-short");

        browser.type("input[name=newPassword]", "my window-new password");
        browser.type("input[name=repeatPassword]", "my window-new password");
        browser.click("#password-submit");
        browser.waitText("[data-field=newPassword] .err", "account name");

        browser.type("input[name=newPassword]", "三月的窗口很忙 2026 spring");
        browser.type("input[name=repeatPassword]", "三月的窗口很忙 2026 spring!");
        browser.click("#password-submit");
        browser.waitFor(d -> !browser.text("[data-field=repeatPassword] .err").isEmpty());
        assertEquals("the two new passwords differ: nothing sent", "password", browser.view());

        browser.type("input[name=repeatPassword]", "三月的窗口很忙 2026 spring");
        browser.click("#password-submit");
        browser.waitView("intake");
        assertTrue(browser.all("#nav a").size() >= 2);
        screenshot("3-home");

        browser.login("window-new", "三月的窗口很忙 2026 spring");
        assertEquals("intake", browser.view());
        assertTrue(browser.text("#who").contains("window-new"));
    }
}
