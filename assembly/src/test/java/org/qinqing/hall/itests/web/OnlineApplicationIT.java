package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 22's "done when", as a new applicant does it in the online hall on a phone, with a clerk
 * at a desktop: log in with the code from the outbox file, be told to get verified, be verified at
 * the counter (the applicant panel's ID-card action), apply for 在职人才引进核准 with uploaded files,
 * wait in pre-review, get a supplement request by message, answer it online, be accepted and
 * approved, download the result and count 0 visits; then my cases on a desktop, and logout.
 */
public class OnlineApplicationIT extends WebTestSupport {
    private static final String PHONE = "13800138025";
    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static Browser staff;
    private static String applicant;

    @BeforeClass
    public static void start() throws Exception {
        startHall("online", 18687);
        browser.resize(390, 844);
        staff = new Browser(hall.base(), 1366, 768);
        applicant = person(25);
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

    /** Waits for a message to the first applicant's phone after the first {@code seen} lines; @return its line */
    private static String messageAfter(int seen, String fragment) throws Exception {
        return messageTo(seen, "138****8025", fragment);
    }

    private static Path file(String name, byte[] magic) throws Exception {
        Path f = Files.createTempDirectory("hall-upload").resolve(name);
        byte[] body = new byte[2048];
        System.arraycopy(magic, 0, body, 0, magic.length);
        Files.write(f, body);
        return f;
    }

    private static Path pdf(String name) throws Exception {
        return file(name, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Opens a portal screen in a fresh page load (the session is read again). */
    private static void portal(String hash, String view) {
        browser.open("about:blank");
        browser.open("hall/online/" + hash);
        browser.waitView(view);
    }

    private static void staffCase(String caseNumber) {
        staff.open("about:blank");
        staff.open("hall/#/case/" + caseNumber);
        staff.waitView("case");
    }

    @Test
    public void anApplicantAppliesFromHomeAndGetsTheResultWithoutAVisit() throws Exception {
        // 1. log in with the code the shipped file sender wrote to the outbox
        portal("#/login", "login");
        int before = outbox().size();
        browser.type("#login-number", applicant);
        browser.type("#login-phone", PHONE);
        browser.click("#login-send");
        browser.waitText("#portal-login .form-message", "138****8025");
        Matcher code = CODE.matcher(messageAfter(before, "验证码").replaceFirst("^\\S+\\s+", ""));
        assertTrue(code.find());
        browser.type("#login-code", code.group());
        browser.click("#login-submit");
        browser.waitView("cases");
        assertTrue("registered, not verified", browser.text("#cases-unverified").contains("窗口"));
        assertTrue("the ID number is masked", browser.text("#who").contains(applicant.substring(0, 6) + "********" + applicant.substring(14)));
        screenshot("1-registered");
        portal("#/apply/hr-talent-introduction", "apply");
        assertTrue(browser.text("#apply-unverified").contains("实名核验"));

        // 2. verified at the counter: the clerk looks the person up, records the name, checks the ID card
        staff.login("clerk", hall.password("clerk"));
        staff.waitView("intake");
        staff.type("#applicant-number", applicant);
        staff.click("#applicant-lookup");
        staff.$("#profile-form");
        staff.type("#profile-name", "林小清");
        staff.click("#profile-save");
        staff.waitText("#profile-form .form-message", "1");
        staff.click("#verify-identity");
        staff.waitFor(d -> staff.$("#verify-confirm").isDisplayed());
        staff.click("#verify-identity");
        staff.waitText("#verify-form .form-message", "已核验");
        staff.screenshot("OnlineApplicationIT-2-verified-at-the-counter");

        // 3. apply online with uploaded files, result by download
        portal("#/apply/hr-talent-introduction", "apply");
        if (browser.present("#apply-name")) {
            browser.type("#apply-name", "林小清");
        }
        browser.choose("#form-education", "本科");
        browser.type("#form-graduationDate", "2017-07-01");
        browser.type("#form-employer", "深圳市南山区某科技有限公司");
        browser.type("#form-employerCode", COMPANY);
        for (String m : List.of("id-card", "degree", "labour-contract")) {
            browser.choose("#pmat-" + m, "upload");
            browser.$("#pmat-file-" + m).sendKeys(pdf(m + ".pdf").toString());
            browser.waitText("li[data-code=" + m + "] .hint", m + ".pdf");
        }
        browser.choose("#pmat-family-planning", "");
        assertTrue(browser.$("#delivery-download").isSelected());
        screenshot("3-apply");
        browser.click("#apply-submit");
        browser.waitFor(d -> browser.present("#apply-done"));
        String caseNumber = browser.$("#apply-done").getAttribute("data-case");
        assertEquals("PRE_REVIEW", browser.$("#apply-done").getAttribute("data-status"));
        assertTrue(browser.text("#apply-status"), browser.text("#apply-status").contains("预审"));
        screenshot("4-in-pre-review");

        // 4. the clerk's pre-review list: asks for the labour contract again
        int seen = outbox().size();
        staff.open("about:blank");
        staff.open("hall/#/cases");
        staff.waitView("cases");
        assertTrue(staff.present("#prereview-list tr[data-case='" + caseNumber + "']"));
        staff.screenshot("OnlineApplicationIT-5-pre-review-list");
        staff.click("#prereview-list tr[data-case='" + caseNumber + "'] a");
        staff.waitView("case");
        staff.choose("#prereview-decision", "supplement");
        staff.click("#prereview-material-labour-contract");
        staff.type("#prereview-reason", "劳动合同缺少签章页，请重新上传");
        staff.click("#prereview-submit");
        staff.waitFor(d -> "SUPPLEMENT_REQUESTED".equals(staff.$("#case").getAttribute("data-status")));
        String message = messageAfter(seen, caseNumber);
        assertTrue(message, message.contains("补"));

        // 5. the applicant answers the supplement online
        portal("#/case/" + caseNumber, "case");
        assertEquals("SUPPLEMENT_REQUESTED", browser.$("#mycase").getAttribute("data-status"));
        assertTrue(browser.text("#mycase-missing").contains("劳动合同"));
        browser.choose("#pmat-labour-contract", "upload");
        browser.$("#pmat-file-labour-contract").sendKeys(pdf("labour-contract-signed.pdf").toString());
        browser.waitText("#supplement-form li[data-code=labour-contract] .hint", "signed");
        screenshot("6-supplement");
        browser.click("#supplement-submit");
        browser.waitFor(d -> "PRE_REVIEW".equals(browser.$("#mycase").getAttribute("data-status")));

        // 6. accepted at pre-review, approved by the department
        staffCase(caseNumber);
        staff.choose("#prereview-decision", "accept");
        staff.click("#prereview-submit");
        staff.waitFor(d -> "ACCEPTED".equals(staff.$("#case").getAttribute("data-status")));
        act(caseNumber, "review", "approver-hr", Map.of());
        act(caseNumber, "approve", "approver-hr", Map.of());

        // 7. the result is downloaded from the portal; the case took no visit
        portal("#/case/" + caseNumber, "case");
        browser.waitFor(d -> browser.present("#mycase-results a[data-result]"));
        String status = browser.$("#mycase").getAttribute("data-status");
        assertTrue(status, status.equals("COMPLETED") || status.equals("APPROVED"));
        Object download = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(document.querySelector('#mycase-results a[data-result]').href, {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength))).catch(e => done(String(e)));");
        assertTrue(String.valueOf(download), String.valueOf(download).startsWith("200 ") && !String.valueOf(download).equals("200 0"));
        assertEquals("0", browser.text("#mycase-visits"));
        assertTrue(browser.text("#mycase-steps").length() > 0);
        assertTrue("no staff names in the timeline", !browser.text("#mycase").contains("clerk") && !browser.text("#mycase").contains("approver"));
        screenshot("7-result");

        // 8. my cases on a desktop, then logout ends the session
        browser.resize(1366, 768);
        portal("#/cases", "cases");
        assertTrue(browser.present("#mycases li[data-case='" + caseNumber + "']"));
        assertTrue("the messages of every change", browser.text("#my-messages").contains("需补正：劳动合同缺少签章页"));
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));
        screenshot("8-desktop-cases");
        browser.click("#logout");
        browser.waitView("login");
        portal("#/cases", "login");
        browser.resize(390, 844);

        // 9. the supervisor's dashboard counts the case among the zero-visit ones
        staff.login("supervisor", hall.password("supervisor"));
        staff.open("hall/#/dashboard");
        staff.waitView("dashboard");
        // every completed case of this hall is an online one without a visit (n/n; another test may have completed one too)
        staff.waitFor(d -> staff.text("#visits-zero").matches("(?s).*\\b([1-9]\\d*)/\\1\\b.*"));
        staff.screenshot("OnlineApplicationIT-9-dashboard-visits");
    }

    /**
     * A client that logged in over REST (Bearer) applies with postal delivery; the same session, as
     * the portal's cookie, shows the case with its address and withdraws it; a case of someone else
     * is not found.
     */
    @Test
    public void aCaseFiledWithATokenIsFollowedAndWithdrawnInThePortal() throws Exception {
        String number = person(26);
        hall.post("parties/" + COMPANY + "/agents", Map.of("agentNumber", number), "clerk");
        String[] filed = fileOnline(number, "13800138026", "欧阳清");
        String token = filed[0];
        String caseNumber = filed[1];

        portalSession(token);
        portal("#/cases", "cases");
        assertTrue(browser.present("#mycases li[data-case='" + caseNumber + "'][data-status=PRE_REVIEW]"));
        browser.click("#mycases li[data-case='" + caseNumber + "'] a");
        browser.waitView("case");
        assertTrue(browser.text("#mycase-delivery"), browser.text("#mycase-delivery").contains("邮寄送达")
                && browser.text("#mycase-delivery").contains("科技园1号"));
        browser.click("#withdraw-submit");
        browser.waitFor(d -> browser.$("#withdraw-confirm").isDisplayed());
        browser.type("#withdraw-reason", "单位调整，暂不申请");
        browser.click("#withdraw-submit");
        browser.waitFor(d -> "WITHDRAWN".equals(browser.$("#mycase").getAttribute("data-status")));
        assertTrue(browser.present("#mycase-steps") && !browser.present("#withdraw-form"));
        screenshot("1-withdrawn");

        String other = residencePermit(person(27), "欧阳他").get("caseNumber").asText();
        portal("#/case/" + other, "case");
        assertTrue(browser.text("#mycase-not-found").contains("没有找到"));
        assertTrue("nothing of the other case shows", !browser.text("main").contains("居住证"));

        // as the enterprise's agent: an enterprise's item is applied for in its name, a person's item in one's own
        portal("#/apply/market-food-business-licence", "apply");
        assertEquals(List.of(COMPANY), browser.all("#apply-party option").stream().map(o -> o.getAttribute("value")).toList());
        assertTrue(browser.text("#apply-party").contains(COMPANY));
        screenshot("2-acting-for-the-enterprise");
        portal("#/apply/hr-talent-introduction", "apply");
        assertEquals(1, browser.all("#apply-party option").size());
        assertTrue("oneself, masked", browser.text("#apply-party").contains("本人 · " + number.substring(0, 6) + "********"));
    }


    /**
     * Logs in over REST with the code from the outbox, has a clerk verify the person, and files a
     * 在职人才引进核准 with a Bearer token, result by post. @return {token, case number}
     */
    private static String[] fileOnline(String number, String phone, String name) throws Exception {
        int before = outbox().size();
        assertEquals(202, rest("POST", "online/code", Map.of("number", number, "phone", phone), null).statusCode());
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        Matcher code = CODE.matcher(messageTo(before, masked, "验证码").replaceFirst("^\\S+\\s+", ""));
        assertTrue(code.find());
        var login = rest("POST", "online/session", Map.of("number", number, "phone", phone, "code", code.group()), null);
        assertEquals(login.body(), 200, login.statusCode());
        String token = WebHall.JSON.readTree(login.body()).get("token").asText();
        hall.post("parties/" + number + "/identity-verification", Map.of("method", "id-card"), "clerk");
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("education", "本科");
        form.put("graduationDate", "2018-07-01");
        form.put("employer", "深圳市南山区某科技有限公司");
        form.put("employerCode", COMPANY);
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        List<Map<String, Object>> materials = List.of("id-card", "degree", "labour-contract").stream()
                .map(m -> Map.<String, Object>of("code", m, "title", m + ".pdf", "contentType", "application/pdf", "content", pdf)).toList();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("itemCode", "hr-talent-introduction");
        body.put("applicantNumber", number);
        body.put("form", form);
        body.put("materials", materials);
        body.put("profile", Map.of("name", name));
        body.put("delivery", Map.of("method", "post", "recipient", name, "phone", phone, "address", "深圳市南山区粤海街道科技园1号"));
        var filed = rest("POST", "online/cases", body, token);
        assertEquals(filed.body(), 201, filed.statusCode());
        return new String[] {token, WebHall.JSON.readTree(filed.body()).get("caseNumber").asText()};
    }

    /** The portal in the browser with a session that was opened over REST (its token as the portal's cookie). */
    private static void portalSession(String token) {
        browser.driver().manage().deleteAllCookies();
        portal("#/", "catalogue");
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("HALL_APPLICANT", token, "/"));
    }

    /** The clerk marks an approved postal case as posted; the applicant sees the tracking number, and no visit. */
    @Test
    public void aClerkPostsTheResultAndTheApplicantSeesTheTrackingNumber() throws Exception {
        String[] filed = fileOnline(person(28), "13800138028", "欧阳寄");
        String caseNumber = filed[1];
        hall.post("cases/" + caseNumber + "/pre-review", Map.of("decision", "accept"), "clerk");
        act(caseNumber, "review", "approver-hr", Map.of());
        act(caseNumber, "approve", "approver-hr", Map.of());
        staff.login("clerk", hall.password("clerk"));
        staffCase(caseNumber);
        assertEquals("APPROVED", staff.$("#case").getAttribute("data-status"));
        staff.type("#posted-tracking", "SF1234567890");
        staff.click("#posted-submit");
        staff.waitFor(d -> "COMPLETED".equals(staff.$("#case").getAttribute("data-status")));
        staff.screenshot("OnlineApplicationIT-posted");
        portalSession(filed[0]);
        portal("#/case/" + caseNumber, "case");
        assertTrue(browser.text("#mycase-delivery"), browser.text("#mycase-delivery").contains("SF1234567890"));
        assertEquals("0", browser.text("#mycase-visits"));
        assertTrue(messageTo(0, "138****8028", "SF1234567890").length() > 0);
    }

    private static String messageTo(int seen, String phone, String fragment) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> lines = outbox();
            for (String line : lines.subList(Math.min(seen, lines.size()), lines.size())) {
                if (line.contains(phone) && line.contains(fragment)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message with '" + fragment + "' to " + phone + " in " + outbox());
    }

    /** A JSON request to the API, with a Bearer token when given. */
    private static java.net.http.HttpResponse<String> rest(String method, String path, Object body, String token) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(hall.base() + "api/v1/" + path))
                .header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(WebHall.JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
