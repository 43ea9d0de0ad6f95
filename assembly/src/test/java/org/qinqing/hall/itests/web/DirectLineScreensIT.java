package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.Cookie;

/**
 * The enterprise direct line and 好差评 as their users meet them, in one hall and two browsers: a key enterprise's
 * agent raises a demand to the district head in the portal (企业诉求) and reads a notice; the department sees it on the
 * staff screen, the SLA scan escalates it, the department assigns and answers it; the agent reopens it, and rates the
 * second answer; a delivered case is rated 非常不满意 on rate.html from the invitation's link; the department verifies,
 * rectifies and calls back on the staff screen; the supervisor's dashboard shows it; the public figures page shows no
 * personal data. One test method, because the hall clock is shared state.
 */
public class DirectLineScreensIT extends WebTestSupport {
    private static final String UNICORN = "91110000600037341L";
    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static Browser staff;

    @BeforeClass
    public static void start() throws Exception {
        startHall("directline", 18688);
        staff = new Browser(hall.base(), 1366, 768);
    }

    @AfterClass
    public static void stopStaff() throws Exception {
        if (staff != null) {
            staff.close();
        }
        staff = null;
    }

    private static List<String> outbox() throws Exception {
        Path log = hall.home().resolve("data/hall/outbox/messages.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private static String messageTo(String masked, String fragment) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String line : outbox()) {
                if (line.contains(masked) && line.contains(fragment)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message with '" + fragment + "' to " + masked + " in " + outbox());
    }

    private static HttpResponse<String> send(String method, String path, String type, String body, String user, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.base() + "api/v1/" + path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + hall.password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Logs the person in over REST with the code the file sender wrote. @return the session token */
    private static String portalLogin(String number, String phone) throws Exception {
        String json = WebHall.JSON.writeValueAsString(Map.of("number", number, "phone", phone));
        assertEquals(202, send("POST", "online/code", "application/json", json, null, null).statusCode());
        Matcher code = CODE.matcher(messageTo(phone.substring(0, 3) + "****" + phone.substring(7), "验证码").replaceFirst("^\\S+\\s+", ""));
        assertTrue(code.find());
        HttpResponse<String> s = send("POST", "online/session", "application/json",
                WebHall.JSON.writeValueAsString(Map.of("number", number, "phone", phone, "code", code.group())), null, null);
        assertEquals(s.body(), 200, s.statusCode());
        return WebHall.JSON.readTree(s.body()).get("token").asText();
    }

    private static void portal(String hash, String view) {
        browser.open("about:blank");
        browser.open("hall/online/" + hash);
        browser.waitView(view);
    }

    private static void staffScreen(String user, String hash, String view) {
        staff.login(user, hall.password(user));
        staff.open("about:blank");
        staff.open("hall/" + hash);
        staff.waitView(view);
    }

    /** Clicks a staff screen's step button, fills in the form it opens in its cell and sends it. */
    private static void step(String css, String answer) {
        staff.click(css);
        String form = css.substring(0, css.lastIndexOf(" button[")) + " form.step-form";
        staff.type(form + " textarea", answer);
        staff.click(form + " button[type=submit]");
    }

    /** @return the element's data-status, read in the page (a re-rendered list leaves no stale element behind) */
    private static String status(Browser b, String css) {
        return String.valueOf(b.js("const e = document.querySelector(arguments[0]); return e ? e.dataset.status : null", css));
    }

    @Test
    public void aKeyEnterprisesDemandIsAnsweredReopenedAndRatedAndABadRatingIsRectified() throws Exception {
        // the registry and an agent: a unicorn with its registered agent, and a risk alert to unicorns
        HttpResponse<String> imported = send("POST", "enterprises/import", "text/csv",
                "creditCode,name,categories,industry,leader,liaisonDepartment\n" + UNICORN + ",示范独角兽科技有限公司,UNICORN,软件,王副区长,industry\n",
                "admin", null);
        assertEquals(imported.body(), 200, imported.statusCode());
        String agent = person(41);
        hall.post("parties/" + UNICORN + "/agents", Map.of("agentNumber", agent, "role", "经办人"), "clerk");
        hall.post("enterprise-notices", Map.of("kind", "RISK", "title", "数据出境安全风险提示", "body", "请于本月底前完成自查。",
                "categories", List.of("UNICORN"), "industries", List.of()), "supervisor");
        String token = portalLogin(agent, "13800138041");

        // 1. the agent raises a demand to the district head in the portal, and reads the notice
        browser.driver().manage().deleteAllCookies();
        portal("#/", "catalogue");
        browser.driver().manage().addCookie(new Cookie("HALL_APPLICANT", token, "/"));
        portal("#/direct", "direct");
        browser.choose("#demand-category", "approval");
        browser.choose("#demand-to", "district-head");
        browser.type("#demand-text", "希望加快食品经营许可审批，企业新店下月开业。");
        browser.click("#demand-submit");
        assertTrue(browser.waitText("#demand-form .form-message", "已提交").contains("答复期限 2026-03-09"));
        String demand = browser.$("#my-demands li").getAttribute("data-demand");
        assertEquals("SUBMITTED", status(browser, "#my-demands li[data-demand='" + demand + "']"));
        assertTrue(browser.text("#enterprise-notices").contains("数据出境安全风险提示"));
        browser.click("#enterprise-notices li button.mark-read");
        browser.waitFor(d -> "true".equals(browser.js("const e = document.querySelector('#enterprise-notices li'); return e && e.dataset.read")));
        screenshot("1-portal-demand");

        // 2. the department sees it; overdue for a first response, the SLA scan escalates it to its officer
        hall.moveClockTo("2026-03-04");
        hall.post("sla/scan", Map.of(), "admin");
        staffScreen("approver-market", "#/direct", "direct");
        String row = "#demands tr[data-demand='" + demand + "']";
        assertTrue(staff.text(row), staff.text(row).contains("承办人"));
        staff.click(row + " button[data-step=分办]");
        staff.click(row + " form.step-form button[type=submit]");
        staff.waitText(row + " form.step-form .err", "请填写承办人账号");
        step(row + " button[data-step=分办]", "officer-li");
        staff.waitText(row, "已分办");
        step(row + " button[data-step=答复]", "已开通绿色通道，请携材料到12号窗口。");
        staff.waitText(row, "已答复");
        staff.screenshot("DirectLineScreensIT-2-staff-answered");

        // 3. the agent reopens the answer, the department answers again, the agent rates it
        portal("#/direct", "direct");
        String mine = "#my-demands li[data-demand='" + demand + "']";
        assertEquals("ANSWERED", status(browser, mine));
        assertTrue(browser.text(mine).contains("已开通绿色通道"));
        browser.type(mine + " .reopen-reason", "12号窗口称未接到通知");
        browser.click(mine + " button.reopen");
        browser.waitFor(d -> "IN_PROGRESS".equals(status(browser, mine)));
        hall.post("demands/" + demand + "/answer", Map.of("text", "已通知12号窗口，明日可办。"), "approver-market");
        portal("#/direct", "direct");
        browser.click(mine + " button[data-level='4']");
        browser.waitText(mine, "感谢您的评价");
        screenshot("2-portal-rated");

        // 4. a delivered case: its applicant is invited with a link to rate.html, and rates it 非常不满意
        portalLogin(MAN, "13800138099");
        JsonNode c = familyPlanning(MAN, "张三");
        String n = c.get("caseNumber").asText();
        String accessCode = c.get("receipt").get("accessCode").asText();
        act(n, "review", "approver-health", Map.of());
        act(n, "approve", "approver-health", Map.of());
        act(n, "complete", "clerk", Map.of("delivery", "ELECTRONIC"));
        String invitation = messageTo("138****8099", "好差评");
        Matcher link = Pattern.compile("https?://\\S+/hall/(rate\\.html\\?subject=\\S+)").matcher(invitation);
        assertTrue(invitation, link.find());
        browser.open("about:blank");
        browser.open("hall/" + link.group(1));
        browser.waitFor(d -> n.equals(browser.$("#rate-subject").getAttribute("value")));
        browser.type("#rate-proof", accessCode);
        browser.type("#rate-comment", "窗口解释不清，跑了两次");
        browser.click("button[data-level='1']");
        assertTrue(browser.waitText("#rate-message", "核实整改").length() > 0);
        screenshot("3-rated-badly");

        // 5. the department verifies, rectifies and calls back on the staff screen
        staffScreen("approver-health", "#/direct", "direct");
        String rect = "#rectifications tr[data-rectification]";
        assertEquals("OPEN", status(staff, rect));
        assertTrue(staff.text(rect).contains("窗口解释不清"));
        step(rect + " button[data-step=核实]", "情况属实，窗口人员解释不到位");
        staff.waitFor(d -> "VERIFIED".equals(status(staff, rect)));
        step(rect + " button[data-step=整改回访]", "窗口业务培训，电话回访申请人");
        staff.waitFor(d -> "CLOSED".equals(status(staff, rect)));
        assertTrue(staff.text(rect).contains("是"));
        staff.screenshot("DirectLineScreensIT-4-rectified");

        // 6. the supervisor's dashboard: two ratings, one bad, rectified on time, none open
        staffScreen("supervisor", "#/dashboard", "dashboard");
        staff.waitText("#rating-figures [data-rating=bad] .big", "1");
        assertEquals("50%", staff.text("#rating-figures [data-rating=satisfaction] .big"));
        assertEquals("1", staff.text("#rating-figures [data-rating=rectifiedOnTime] .big"));
        assertEquals("0", staff.text("#rating-figures [data-rating=open] .big"));
        assertTrue(staff.text("#rating-departments").contains("health"));
        staff.screenshot("DirectLineScreensIT-5-dashboard");

        // 7. the public figures page: the figures, and no applicant, clerk or comment
        browser.open("about:blank");
        browser.open("hall/ratings.html");
        String page = browser.waitText("#ratings-summary", "差评 1 条");
        String all = page + browser.text("#ratings-table");
        for (String personal : List.of("张三", MAN.substring(14), "clerk", "跑了两次", agent.substring(14), "officer-li")) {
            assertFalse(personal + " on the public page", all.contains(personal));
        }
        screenshot("4-public-figures");

        // 8. the tablet beside window 7: signs in once with the kiosk account, shows the service just finished there
        // (not a clerk's session: the answer carries the ticket's rating code), and takes its rating
        HttpResponse<String> slip = send("POST", "sites/hall/tickets", "application/json", "{}", "kiosk", null);
        assertEquals(slip.body(), 201, slip.statusCode());
        String label = WebHall.JSON.readTree(slip.body()).get("ticket").asText();
        assertEquals(200, send("POST", "windows/7/sign-in", "application/json", "", "clerk", null).statusCode());
        assertEquals(200, send("POST", "windows/7/call-next", "application/json", "", "clerk", null).statusCode());
        assertEquals(200, send("POST", "windows/7/done", "application/json", "", "clerk", null).statusCode());
        browser.open("about:blank");
        browser.open("hall/rate.html?window=7");
        browser.waitFor(d -> browser.$("#tablet-login").isDisplayed());
        assertFalse(browser.$("#rate-form").isDisplayed());
        browser.type("#tablet-user", "kiosk");
        browser.type("#tablet-password", hall.password("kiosk"));
        browser.click("#tablet-login button[type=submit]");
        assertTrue(browser.waitText("#rate-service", label).contains("7 窗口"));
        assertFalse("the tablet asks for no number", browser.$("#row-subject").isDisplayed());
        browser.click("button[data-level='5']");
        browser.waitText("#rate-message", "感谢您的评价");
        screenshot("5-tablet-rated");
        send("POST", "windows/7/sign-out", "application/json", "", "clerk", null);
    }
}
