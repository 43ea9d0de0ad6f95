package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The online hall (一网通办) over REST on the assembled hall, as a new applicant meets it: a code
 * read from the outbox file, verification at a counter, an online application with uploads,
 * pre-review, a supplement asked and answered online, acceptance, approval, the result downloaded,
 * zero visits; then the security matrix and bad input. The hall clock stands on Monday 2 March 2026.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OnlineIT extends HallTestSupport {
    private static final Pattern SIX = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() / 1_000_000 % 100_000));
    private static final String COMPANY = "91440300123456788M";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    @Test
    public void anApplicationLeftInPreReviewPastItsLimitIsAWarningOfTheSlaScanOnce() throws Exception {
        String a = person();
        String n = bearer("POST", "online/cases", talentApplication(a, "甲某"), verifiedLogin(a)).json().get("caseNumber").asText();
        String other = person();
        String early = bearer("POST", "online/cases", talentApplication(other, "乙某"), verifiedLogin(other)).json().get("caseNumber").asText();
        assertEquals(200, postJson("cases/" + early + "/pre-review", Map.of("decision", "accept"), "clerk").status());
        try {
            // filed Monday 2 March, pre-review due Tuesday 3 March: still waiting on Wednesday 4 March
            moveClockTo("2026-03-04");
            assertEquals(200, postJson("sla/scan", Map.of(), "admin").status());
            assertEquals(200, postJson("sla/scan", Map.of(), "admin").status());
            JsonNode warnings = get("sla/notifications", "supervisor").json();
            int mine = 0;
            for (JsonNode w : warnings) {
                assertFalse("a case pre-reviewed in time is no pre-review warning",
                        early.equals(w.path("caseNumber").asText()) && "PREREVIEW".equals(w.path("rung").asText()));
                if (n.equals(w.path("caseNumber").asText())) {
                    mine++;
                    assertEquals("PREREVIEW", w.get("rung").asText());
                }
            }
            assertEquals(warnings.toString(), 1, mine);
        } finally {
            moveClockTo("2026-03-02");
        }
    }

    /** @return a valid resident ID number of a new person (Shenzhen Futian, born 1990), with its check character */
    static String person() {
        String base = "440305" + "1990" + String.format("%02d%02d", 1 + PEOPLE.get() % 12, 1 + PEOPLE.get() % 28)
                + String.format("%03d", PEOPLE.getAndIncrement() % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    /** @return a phone of its own for each person (one code a minute per phone) */
    static String phone(String person) {
        return "139" + person.substring(9, 17);
    }

    static Path outbox() {
        return Paths.get(System.getProperty("karaf.data"), "hall", "outbox", "messages.log");
    }

    /** @return the last code sent to the phone, read from the outbox file as a person would read the SMS */
    static String codeFor(String phone) throws IOException {
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        List<String> lines = Files.readAllLines(outbox(), StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(masked) && lines.get(i).contains("验证码")) {
                assertFalse("the phone is masked in the outbox", lines.get(i).contains(phone));
                Matcher m = SIX.matcher(lines.get(i));
                assertTrue(lines.get(i), m.find());
                String code = m.group();
                assertFalse("the code is the only run of six digits", m.find());
                return code;
            }
        }
        throw new AssertionError("no code for " + masked + " in " + outbox());
    }

    String verifiedLogin(String person) throws IOException {
        String token = login(person);
        Answer v = postJson("parties/" + person + "/identity-verification", Map.of("method", "id-card"), "clerk");
        assertEquals(v.body(), 200, v.status());
        return token;
    }

    static Map<String, Object> upload(String code) {
        return Map.of("code", code, "contentType", "application/pdf", "content", Base64.getEncoder().encodeToString(PDF));
    }

    static Map<String, Object> talentApplication(String person, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", "hr-talent-introduction");
        body.put("applicantNumber", person);
        body.put("form", Map.of("education", "本科", "graduationDate", "2012-07-01", "employer", "深圳市某科技有限公司", "employerCode", COMPANY));
        body.put("materials", List.of(upload("id-card"), upload("degree"), upload("labour-contract")));
        body.put("profile", Map.of("name", name));
        body.put("delivery", Map.of("method", "download"));
        return body;
    }

    JsonNode preReview(String caseNumber, Map<String, Object> decision) {
        Answer a = postJson("cases/" + caseNumber + "/pre-review", decision, "clerk");
        assertEquals(a.body(), 200, a.status());
        return a.json();
    }

    @Test
    public void anApplicantLogsInIsVerifiedAppliesOnlineAnswersASupplementAndDownloadsTheResultWithoutAVisit() throws Exception {
        String person = person();
        String phone = phone(person);
        assertEquals(202, call("POST", "online/code", Map.of("number", person, "phone", phone), null, Map.of()).status());
        HttpResponse<String> login = CLIENT.send(HttpRequest.newBuilder(URI.create(API + "online/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("number", person, "phone", phone, "code", codeFor(phone))))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(login.body(), 200, login.statusCode());
        JsonNode session = JSON.readTree(login.body());
        assertEquals("REGISTERED", session.get("level").asText());
        assertNotNull(session.get("expiresAt").asText());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.startsWith("HALL_APPLICANT=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict")
                && cookie.contains("Path=/"));
        String token = session.get("token").asText();

        Answer unverified = bearer("POST", "online/cases", talentApplication(person, "王五"), token);
        assertEquals(unverified.body(), 403, unverified.status());
        assertEquals("not_verified", unverified.json().get("error").asText());

        Answer verified = postJson("parties/" + person + "/identity-verification", Map.of("method", "id-card"), "clerk");
        assertEquals(verified.body(), 200, verified.status());
        assertEquals("VERIFIED", verified.json().get("level").asText());
        assertEquals("VERIFIED", bearer("GET", "online/me", null, token).json().get("level").asText());

        Answer filed = call("POST", "online/cases", talentApplication(person, "王五"), token, Map.of("Idempotency-Key", "online-1"));
        assertEquals(filed.body(), 201, filed.status());
        JsonNode c = filed.json();
        String n = c.get("caseNumber").asText();
        assertEquals(c.toString(), "PRE_REVIEW", c.get("status").asText());
        assertEquals("online", c.get("channel").asText());
        assertEquals("2026-03-03", c.get("preReviewDue").asText());
        assertTrue("no clock before the pre-review", c.path("acceptedAt").isMissingNode() || c.path("acceptedAt").isNull());
        assertEquals(0, c.get("visits").asInt());
        assertEquals("the retry answers with the first case", n, call("POST", "online/cases", talentApplication(person, "王五"), token,
                Map.of("Idempotency-Key", "online-1")).json().get("caseNumber").asText());

        assertTrue(bearer("GET", "online/cases", null, token).body().contains(n));
        JsonNode waiting = get("pre-reviews", "clerk").json();
        assertTrue(waiting.toString(), waiting.toString().contains(n) && waiting.toString().contains("\"colour\""));

        JsonNode asked = preReview(n, Map.of("decision", "supplement", "reason", "请上传学历学位证书", "fields", List.of("degree")));
        assertEquals("SUPPLEMENT_REQUESTED", asked.get("status").asText());
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        waitFor("the supplement message in the outbox", 10_000, () -> {
            try {
                return Files.readAllLines(outbox()).stream().anyMatch(l -> l.contains(masked) && l.contains("需补正") && l.contains("学历学位证书"));
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(bearer("GET", "online/messages", null, token).body().contains("需补正"));
        JsonNode detail = bearer("GET", "online/cases/" + n, null, token).json();
        assertTrue(detail.toString(), detail.get("missing").toString().contains("degree"));
        assertFalse("no staff names in the timeline", detail.get("timeline").toString().contains("clerk"));

        Answer answered = bearer("POST", "online/cases/" + n + "/supplement", Map.of("materials", List.of(upload("degree"))), token);
        assertEquals(answered.body(), 200, answered.status());
        assertEquals("PRE_REVIEW", answered.json().get("status").asText());

        JsonNode accepted = preReview(n, Map.of("decision", "accept"));
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertFalse(accepted.get("acceptedAt").isNull());
        assertFalse(accepted.get("promisedDeadline").isNull());
        assertFalse(accepted.get("legalDeadline").isNull());

        assertEquals(200, postJson("cases/" + n + "/review", Map.of(), "approver-hr").status());
        Answer approved = postJson("cases/" + n + "/approve", Map.of(), "approver-hr");
        assertEquals(approved.body(), 200, approved.status());

        JsonNode done = bearer("GET", "online/cases/" + n, null, token).json();
        assertEquals(done.toString(), "COMPLETED", done.get("status").asText());
        assertEquals("zero visits: applied, supplemented and received online", 0, done.get("visits").asInt());
        String download = done.get("results").get(0).get("download").asText();
        Answer result = bearer("GET", download.substring("/api/v1/".length()), null, token);
        assertEquals(result.body(), 200, result.status());
        assertTrue(result.body().length() > 0);
        String messages = bearer("GET", "online/messages", null, token).body();
        assertTrue(messages, messages.contains("受理") && messages.contains("已批准"));

        JsonNode visits = get("online/visits").json();
        assertTrue(visits.toString(), visits.get("zeroVisit").asLong() >= 1 && visits.get("zeroVisitByChannel").get("online").asLong() >= 1);

        assertEquals(204, bearer("DELETE", "online/session", null, token).status());
        assertEquals("logged out", 401, bearer("GET", "online/me", null, token).status());
    }

    @Test
    public void applicantsReachOnlyTheirOwnCasesAndStaffAndApplicantsStayOnTheirSide() throws Exception {
        String a = person();
        String b = person();
        String ta = verifiedLogin(a);
        String tb = verifiedLogin(b);
        String n = bearer("POST", "online/cases", talentApplication(a, "甲某"), ta).json().get("caseNumber").asText();

        Answer other = bearer("GET", "online/cases/" + n, null, tb);
        assertEquals("someone else's case is not there", 404, other.status());
        assertEquals(404, bearer("POST", "online/cases/" + n + "/withdraw", Map.of(), tb).status());
        assertFalse(bearer("GET", "online/cases", null, tb).body().contains(n));
        Answer onBehalf = bearer("POST", "online/cases", talentApplication(a, "甲某"), tb);
        assertEquals(onBehalf.body(), 404, onBehalf.status());
        assertEquals("applicantNumber", onBehalf.json().get("field").asText());

        assertEquals(201, postJson("parties/" + COMPANY + "/agents", Map.of("agentNumber", a, "role", "经办人"), "clerk").status());
        assertTrue(bearer("GET", "online/enterprises", null, ta).body().contains(COMPANY));
        assertEquals(200, bearer("GET", "online/cases?applicant=" + COMPANY, null, ta).status());
        assertEquals("an agent of X trying Y", 404, bearer("GET", "online/cases?applicant=" + COMPANY, null, tb).status());

        assertEquals("a clerk on an applicant endpoint", 403, get("online/cases", "clerk").status());
        assertEquals("an applicant on a staff endpoint", 403, bearer("GET", "cases", null, ta).status());
        assertEquals(403, bearer("GET", "pre-reviews", null, ta).status());
        assertEquals(403, bearer("POST", "cases/" + n + "/pre-review", Map.of("decision", "accept"), ta).status());
        assertEquals(403, bearer("GET", "parties/" + a, null, ta).status());
        assertEquals(401, bearer("GET", "online/cases", null, null).status());
        assertEquals(401, bearer("GET", "online/cases", null, "x".repeat(43)).status());
        assertEquals(401, call("GET", "online/cases", null, null, Map.of("Cookie", "HALL_APPLICANT=nonsense")).status());
        assertEquals("the cookie alone does not change anything", 401,
                call("POST", "online/cases/" + n + "/withdraw", Map.of(), null, Map.of("Cookie", "HALL_APPLICANT=" + ta)).status());
        assertEquals(200, call("GET", "online/cases/" + n, null, null, Map.of("Cookie", "HALL_APPLICANT=" + ta)).status());

        String withdrawn = call("POST", "online/cases/" + n + "/withdraw", Map.of("reason", "不办了"), null,
                Map.of("Cookie", "HALL_APPLICANT=" + ta, "X-Hall-Request", "1")).body();
        assertTrue(withdrawn, withdrawn.contains("WITHDRAWN"));

        String revoked = executeCommand("hall:applicant-revoke " + b);
        assertTrue(revoked, revoked.contains("Revoked"));
        assertEquals("revoked", 401, bearer("GET", "online/me", null, tb).status());
        String table = executeCommand("hall:applicants");
        assertFalse("numbers masked", table.contains(a));
        assertTrue(table, table.contains(a.substring(0, 6)) && table.contains("VERIFIED"));
    }

    @Test
    public void wrongExpiredAndReusedCodesAre401() throws Exception {
        String p = person();
        String phone = phone(p);
        assertEquals(202, call("POST", "online/code", Map.of("number", p, "phone", phone), null, Map.of()).status());
        String code = codeFor(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Answer w = call("POST", "online/session", Map.of("number", p, "phone", phone, "code", wrong), null, Map.of());
        assertEquals(401, w.status());
        assertEquals("wrong_code", w.json().get("error").asText());
        assertEquals(200, call("POST", "online/session", Map.of("number", p, "phone", phone, "code", code), null, Map.of()).status());
        assertEquals("reused", 401, call("POST", "online/session", Map.of("number", p, "phone", phone, "code", code), null, Map.of()).status());
        Answer again = call("POST", "online/code", Map.of("number", p, "phone", phone), null, Map.of());
        assertEquals("a second code within the minute", 429, again.status());
        assertEquals("too_many_codes", again.json().get("error").asText());
    }

    @Test
    public void badInputIs4xxJsonNamingTheField() throws Exception {
        String p = person();
        assertField(call("POST", "online/code", Map.of("number", "440305199001011231", "phone", "13800138000"), null, Map.of()), 400, "number");
        assertField(call("POST", "online/code", Map.of("number", p, "phone", "1234"), null, Map.of()), 400, "phone");
        assertField(call("POST", "online/session", Map.of("number", p, "phone", phone(p), "code", "12ab56"), null, Map.of()), 400, "code");
        String t = verifiedLogin(p);
        Map<String, Object> app = talentApplication(p, "丙某");
        app.put("delivery", Map.of("method", "drone"));
        assertField(bearer("POST", "online/cases", app, t), 400, "delivery.method");
        app.put("delivery", Map.of("method", "post", "phone", "13800138000"));
        assertField(bearer("POST", "online/cases", app, t), 400, "delivery.recipient");
        app.put("delivery", Map.of("method", "download"));
        app.put("window", "A03");
        Answer window = bearer("POST", "online/cases", app, t);
        assertEquals(window.body(), 400, window.status());
        app.remove("window");
        app.put("materials", List.of(Map.of("code", "id-card", "presented", true)));
        assertField(bearer("POST", "online/cases", app, t), 400, "materials[0].presented");
        String n = bearer("POST", "online/cases", talentApplication(p, "丙某"), t).json().get("caseNumber").asText();
        assertField(postJson("cases/" + n + "/pre-review", Map.of("decision", "maybe"), "clerk"), 400, "decision");
        assertField(postJson("cases/" + n + "/pre-review", Map.of("decision", "reject"), "clerk"), 400, "reason");
        assertField(postJson("parties/" + p + "/identity-verification", Map.of("method", "face"), "clerk"), 400, "method");
        assertField(postJson("cases/" + n + "/posted", Map.of("trackingNumber", "#"), "clerk"), 400, "trackingNumber");
        Answer notPostal = postJson("cases/" + n + "/posted", Map.of("trackingNumber", "SF1234567890"), "clerk");
        assertEquals(notPostal.body(), 409, notPostal.status());
        JsonNode rejected = preReview(n, Map.of("decision", "reject", "reason", "非本市用人单位"));
        assertEquals("NOT_ACCEPTED", rejected.get("status").asText());
        assertEquals("not in pre-review any more", 409, postJson("cases/" + n + "/pre-review", Map.of("decision", "accept"), "clerk").status());
    }

    private static void assertField(Answer a, int status, String field) {
        assertEquals(a.body(), status, a.status());
        assertEquals(a.body(), field, a.json().get("field").asText());
    }
}
