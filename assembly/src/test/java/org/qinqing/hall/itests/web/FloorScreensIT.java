package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Issue 23's "done when" as people on the floor do it, on Monday 2 March 2026 at 10:00: an applicant
 * books 10:30 at the main hall in the online hall, checks in at the hall's kiosk page and gets a
 * ticket; a clerk signs in to window 5 on the calling screen and calls it; the board page shows the
 * call within a second and speaks it; serving opens the intake with the applicant and the item, and
 * the case taken in records the ticket; the kiosk forgets the person after its idle time; the
 * supervisor's dashboard shows the day's waits. One hall, four browsers (applicant, kiosk, board, staff).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FloorScreensIT extends WebTestSupport {
    private static final String PHONE = "13800138041";
    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    /** Wraps speech synthesis before the board's scripts run: every utterance's text is kept in window.__spoken. */
    private static final String SPEECH_SPY = "window.__spoken = [];"
            + "if (!('speechSynthesis' in window)) {"
            + "  window.SpeechSynthesisUtterance = function (text) { this.text = text; };"
            + "  window.speechSynthesis = {speak() {}};"
            + "}"
            + "const hallSpeak = window.speechSynthesis.speak.bind(window.speechSynthesis);"
            + "window.speechSynthesis.speak = (u) => { if (u && u.text) window.__spoken.push(u.text); try { hallSpeak(u); } catch (e) { /* no voice */ } };";
    private static Browser kiosk;
    private static Browser board;
    private static Browser staff;
    private static String applicant;
    private static String ticket;

    @BeforeClass
    public static void start() throws Exception {
        startHall("floor", 18691);
        browser.resize(390, 844);
        kiosk = new Browser(hall.base(), 1080, 1920);
        board = new Browser(hall.base(), 1920, 1080);
        staff = new Browser(hall.base(), 1366, 768);
        applicant = person(41);
    }

    @AfterClass
    public static void stopOthers() throws Exception {
        for (Browser b : new Browser[] {kiosk, board, staff}) {
            if (b != null) {
                b.close();
            }
        }
        kiosk = null;
        board = null;
        staff = null;
    }

    private static List<String> outbox() throws Exception {
        Path log = hall.home().resolve("data/hall/outbox/messages.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    public void a_anApplicantBooksOnlineAndChecksInAtTheKiosk() throws Exception {
        browser.open("hall/online/#/login");
        browser.waitView("login");
        int before = outbox().size();
        browser.type("#login-number", applicant);
        browser.type("#login-phone", PHONE);
        browser.click("#login-send");
        browser.waitText("#portal-login .form-message", "138****8041");
        String line = browser.waitFor(d -> {
            try {
                List<String> lines = outbox();
                return lines.stream().skip(before).filter(l -> l.contains("138****8041") && l.contains("验证码")).findFirst().orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
        Matcher code = CODE.matcher(line.replaceFirst("^\\S+\\s+", ""));
        assertTrue(line, code.find());
        browser.type("#login-code", code.group());
        browser.click("#login-submit");
        browser.waitView("cases");

        // 预约: the guide's item, today at 10:30 at the main hall
        browser.open("about:blank");
        browser.open("hall/online/#/book/police-residence-permit");
        browser.waitView("book");
        browser.choose("#book-site", "hall");
        browser.waitFor(d -> "police-residence-permit".equals(browser.$("#book-item").getAttribute("value")));
        browser.waitFor(d -> !browser.all("#book-slot option[value='10:30']").isEmpty());
        browser.choose("#book-slot", "10:30");
        screenshot("1-booking");
        browser.click("#book-submit");
        browser.waitFor(d -> browser.present("#book-form[data-booked]"));
        String booking = browser.$("#book-form").getAttribute("data-booked");
        assertTrue(browser.text("#book-form .form-message"), browser.text("#book-form .form-message").contains("10:30"));
        assertEquals("BOOKED", browser.$("#my-bookings li[data-appointment='" + booking + "']").getAttribute("data-state"));
        screenshot("2-booked");

        // the kiosk of the main hall, logged in once with the kiosk account, forgets a person after 5 s here
        kiosk.open("hall/kiosk.html?site=hall&idle=5");
        kiosk.waitFor(d -> "login".equals(kiosk.js("return document.body.dataset.screen || ''")));
        kiosk.type("#login input[name=username]", "kiosk");
        kiosk.type("#login input[name=password]", hall.password("kiosk"));
        kiosk.click("#login button[type=submit]");
        kiosk.waitFor(d -> "home".equals(kiosk.js("return document.body.dataset.screen || ''")));
        kiosk.click("#home [data-go=checkin]");
        kiosk.type("#checkin input[name=appointmentNumber]", booking);
        kiosk.click("#checkin button[type=submit]");
        kiosk.waitFor(d -> "result".equals(kiosk.js("return document.body.dataset.screen || ''")));
        ticket = kiosk.text("#result .number");
        assertTrue(ticket, ticket.matches("A\\d{3}"));
        assertTrue(kiosk.text("#result"), kiosk.text("#result").contains("前面还有 0 人"));
        kiosk.screenshot("FloorScreensIT-3-kiosk-ticket");
        JsonNode mine = hall.get("appointments?applicantNumber=" + applicant, "clerk");
        assertEquals(mine.toString(), "CHECKED_IN", mine.get(0).get("state").asText());
    }

    @Test
    public void b_theKioskReturnsToItsStartAndForgetsThePersonAfterItsIdleTime() {
        long shown = System.nanoTime();
        kiosk.waitFor(d -> "home".equals(kiosk.js("return document.body.dataset.screen || ''")));
        long ms = (System.nanoTime() - shown) / 1_000_000;
        assertTrue("back after " + ms + " ms", ms < 8000);
        assertEquals("", kiosk.text("#result"));
        assertEquals("", kiosk.$("#checkin input[name=appointmentNumber]").getAttribute("value"));
    }

    @Test
    public void c_aClerkAtWindow5CallsItAndTheBoardShowsAndSpeaksItWithinASecond() throws Exception {
        board.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SPEECH_SPY));
        board.open("hall/board.html?site=hall");
        board.waitFor(d -> "true".equals(board.js("return document.body.dataset.connected || ''")));

        staff.login("clerk", hall.password("clerk"));
        staff.open("hall/#/window");
        staff.waitView("window");
        staff.choose("#win-site", "hall");
        staff.waitFor(d -> !staff.all("#win-window option[value='5']").isEmpty());
        staff.choose("#win-window", "5");
        staff.click("#win-sign-in");
        staff.waitFor(d -> "5".equals(staff.js("return document.body.dataset.window || ''")));
        assertTrue(staff.text("#win-at"), staff.text("#win-at").contains("5号窗口"));
        staff.waitFor(d -> "1".equals(staff.$("#win-waiting [data-queue=A]").getAttribute("data-count")));
        staff.screenshot("FloorScreensIT-4-window-signed-in");

        long before = System.nanoTime();
        staff.click("#win-call-next");
        board.waitFor(d -> board.present("#calls tr[data-ticket='" + ticket + "']"));
        long ms = (System.nanoTime() - before) / 1_000_000;
        assertTrue("the board showed the call " + ms + " ms after the click", ms < 1000);
        Object said = board.waitFor(d -> board.js("return window.__spoken.length ? window.__spoken[window.__spoken.length - 1] : null"));
        String spoken = String.valueOf(said);
        assertEquals("请" + ticket + "号到5号窗口办理", spoken);
        board.screenshot("FloorScreensIT-5-board");

        staff.waitFor(d -> ticket.equals(staff.$("#win-current").getAttribute("data-ticket")));
        assertEquals("CALLED", staff.$("#win-current").getAttribute("data-state"));
        assertTrue(staff.text("#win-current"), staff.text("#win-current").contains(applicant.substring(0, 6) + "********"));
        staff.click("#win-recall");
        staff.waitFor(d -> staff.present("#win-no-show"));
        board.waitFor(d -> ((Number) board.js("return window.__spoken.length")).intValue() >= 2);
        staff.screenshot("FloorScreensIT-6-window-called");
    }

    @Test
    public void d_servingOpensTheIntakeWithTheApplicantAndItemAndTheCaseRecordsTheTicket() throws Exception {
        staff.click("#win-serve");
        staff.waitView("intake");
        assertEquals(ticket, staff.$("#serving").getAttribute("data-ticket"));
        staff.waitFor(d -> applicant.equals(staff.$("#applicant-number").getAttribute("value")));
        staff.waitFor(d -> "police-residence-permit".equals(staff.$("#selected-item").getAttribute("data-code")));
        staff.$("#profile-form");
        staff.type("#profile-name", "林预约");
        staff.type("#form-residentSince", "2025-06-01");
        staff.choose("#form-reason", "就业");
        staff.choose("#material-id-card", "presented");
        staff.choose("#material-residence-proof", "presented");
        assertEquals("5", staff.$("#window").getAttribute("value"));
        staff.screenshot("FloorScreensIT-7-intake-from-the-ticket");
        staff.click("#submit-application");
        staff.waitFor(d -> "ACCEPTED".equals(staff.$("#intake-result").getAttribute("data-status")));
        String caseNumber = staff.text("#receipt-case");
        staff.waitFor(d -> ticket.equals(staff.$("#serving").getAttribute("data-recorded")));
        JsonNode c = hall.get("cases/" + caseNumber, "clerk");
        assertTrue(c.toString(), c.toString().contains(ticket));

        staff.click("#serving-back");
        staff.waitView("window");
        staff.waitFor(d -> "SERVING".equals(staff.$("#win-current").getAttribute("data-state")));
        staff.click("#win-done");
        staff.waitFor(d -> "".equals(staff.$("#win-current").getAttribute("data-ticket")));
        staff.click("#win-call-next");
        staff.waitText("#win-message", "暂无等候");
        staff.click("#win-sign-out");
        staff.waitFor(d -> staff.present("#win-at") && staff.text("#win-at").contains("请先"));
    }

    @Test
    public void e_theDashboardShowsTheDaysWaits() {
        staff.login("supervisor", hall.password("supervisor"));
        staff.open("hall/#/dashboard");
        staff.waitView("dashboard");
        staff.waitFor(d -> staff.present("#floor-stats tr[data-site=hall]"));
        assertEquals("1", staff.text("#floor-stats tr[data-site=hall] .tickets"));
        assertEquals("0", staff.text("#floor-stats tr[data-site=hall] .avg-wait"));
        staff.screenshot("FloorScreensIT-8-dashboard");
    }
}
