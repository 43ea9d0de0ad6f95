package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.api.identity.CreditCodes;

/**
 * The enterprise direct line and 好差评 on the assembled hall: a served ticket rated from its window's tablet; the registry imported over REST and the console, a key
 * enterprise's demand to the district head routed, escalated by the SLA scan, answered late (an accountability record),
 * bad input and department scoping; a delivered case's applicant invited to rate it (the outbox file), rated (once), its bad rating verified, rectified and called back,
 * the figures. One test method, because the hall clock is shared state.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DirectLineIT extends HallTestSupport {
    private static final String UNICORN = "91110000600037341L";


    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    static String code(int i) {
        String body = String.format("%08d", i);
        String first17 = "91440300" + body + CreditCodes.organisationCheck(body);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    private Answer csv(String body) {
        return send(HttpRequest.newBuilder(URI.create(API + "enterprises/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "admin");
    }

    @Test
    public void demandsEscalateAndBadRatingsAreRectified() throws Exception {
        // a served ticket, rated on the tablet beside its window through the floor's TicketLookup: the slip carries the
        // rating number and code, the tablet (a kiosk account) is shown them; the number alone proves nothing
        JsonNode slip = postJson("sites/hall/tickets", Map.of(), "kiosk").json();
        String label = slip.get("ticket").asText();
        assertEquals(404, get("ratings/window/7", "kiosk").status());
        assertEquals(200, post("windows/7/sign-in", "", "clerk").status());
        assertEquals(200, post("windows/7/call-next", "", "clerk").status());
        assertEquals("not finished yet", 404, get("ratings/window/7", "kiosk").status());
        JsonNode done = post("windows/7/done", "", "clerk").json();
        assertEquals("DONE", done.get("state").asText());
        assertTrue("the window is not given the rating code", done.get("ratingCode") == null || done.get("ratingCode").isNull());
        assertEquals("the tablet's answer carries the code: kiosk accounts only", 401, get("ratings/window/7").status());
        assertEquals("a clerk must not rate their own service", 403, get("ratings/window/7", "clerk").status());
        JsonNode served = get("ratings/window/7", "kiosk").json();
        assertTrue(served.toString(), served.get("service").asText().contains(label));
        String ticket = served.get("ticketId").asText();
        assertEquals(slip.get("ratingId").asText(), ticket);
        String code = served.get("accessCode").asText();
        assertEquals(slip.get("ratingCode").asText(), code);
        assertTrue(code, code.matches("\\d{6}"));
        assertEquals("the ticket id alone", 404, postJson("ratings", Map.of("subject", ticket, "level", 1), null).status());
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertEquals("a wrong code", 404, postJson("ratings", Map.of("subject", ticket, "level", 1, "accessCode", wrong), null).status());
        Answer tablet = postJson("ratings", Map.of("subject", ticket, "level", 5, "channel", "tablet", "accessCode", code), null);
        assertEquals(tablet.body(), 201, tablet.status());
        assertEquals("一次一评", 409, postJson("ratings", Map.of("subject", ticket, "level", 4, "accessCode", code), null).status());
        post("windows/7/sign-out", "", "clerk");

        // the registry: good lines imported, each bad line named with its reason
        Answer imported = csv("creditCode,name,categories,industry,leader,liaisonDepartment\n"
                + UNICORN + ",示范独角兽科技有限公司,UNICORN;HIGH_TECH,软件,王副区长,industry\n"
                + code(1) + ",南山小微餐饮店,SMALL_MICRO,餐饮,李副区长,market\n"
                + code(2) + ",坏行公司,FAMOUS,软件,王副区长,industry\n");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(2, imported.json().get("imported").asInt());
        assertEquals(4, imported.json().get("bad").get(0).get("line").asInt());
        assertTrue(imported.json().get("bad").get(0).get("reason").asText().contains("FAMOUS"));
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(API + "enterprises/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(code(3) + ",x,LISTED,软件,王,market")), "clerk").status());
        assertTrue(executeCommand("hall:enterprises").contains("UNICORN"));

        // a key enterprise's demand to the district head, entered by a clerk: routed by category, Contract answer
        Answer bad = postJson("demands", Map.of("enterpriseNumber", UNICORN, "category", "approval", "text", "长".repeat(4001)), "clerk");
        assertEquals(400, bad.status());
        assertEquals("text", bad.json().get("field").asText());
        assertEquals("category", postJson("demands", Map.of("enterpriseNumber", UNICORN, "category", "weather", "text", "问"), "clerk")
                .json().get("field").asText());
        assertEquals("to", postJson("demands", Map.of("enterpriseNumber", UNICORN, "category", "approval", "text", "问", "to", "nowhere"),
                "clerk").json().get("field").asText());
        Answer raised = postJson("demands", Map.of("enterpriseNumber", UNICORN, "category", "approval", "text", "希望加快食品经营许可审批",
                "to", "district-head"), "clerk");
        assertEquals(raised.body(), 201, raised.status());
        String demand = raised.json().get("demandNumber").asText();
        assertEquals("SUBMITTED", raised.json().get("status").asText());
        assertEquals("2026-03-03", raised.json().get("responseDue").asText());
        assertEquals("2026-03-09", raised.json().get("answerDue").asText());
        assertEquals("staff see their departments' demands only", 404, get("demands/" + demand, "approver-hr").status());
        JsonNode seen = get("demands/" + demand, "approver-market").json();
        assertEquals("market", seen.get("department").asText());
        assertTrue(seen.get("keyEnterprise").asBoolean());

        // the enterprise's agent online (Contract): raises a demand, sees its enterprise's demands; someone else → 404
        String agent = OnlineIT.person();
        String token = login(agent);
        String strangerToken = login(OnlineIT.person());
        assertEquals(201, postJson("parties/" + UNICORN + "/agents", Map.of("agentNumber", agent, "role", "经办人"), "clerk").status());
        Map<String, Object> talent = Map.of("enterpriseNumber", UNICORN, "category", "talent", "text", "人才住房政策咨询");
        Answer online = bearer("POST", "online/demands", talent, token);
        assertEquals(online.body(), 201, online.status());
        String onlineDemand = online.json().get("demandNumber").asText();
        assertEquals("2026-03-09", online.json().get("answerDue").asText());
        assertTrue(bearer("GET", "online/demands", null, token).body().contains(onlineDemand));
        assertEquals(404, bearer("GET", "online/demands/" + onlineDemand, null, strangerToken).status());
        assertEquals(404, bearer("GET", "online/demands?enterprise=" + UNICORN, null, strangerToken).status());
        assertEquals(404, bearer("POST", "online/demands", talent, strangerToken).status());
        assertEquals("text", bearer("POST", "online/demands", Map.of("enterpriseNumber", UNICORN, "category", "talent", "text", "长".repeat(4001)),
                token).json().get("field").asText());
        assertEquals("a staff login is not an applicant", 403, get("online/demands", "clerk").status());
        Answer toLeader = bearer("POST", "online/demands", Map.of("enterpriseNumber", UNICORN, "category", "talent", "text", "请王副区长协调",
                "to", "leader"), token);
        assertEquals(toLeader.body(), 201, toLeader.status());
        JsonNode led = bearer("GET", "online/demands/" + toLeader.json().get("demandNumber").asText(), null, token).json();
        assertEquals("the leader in charge's demand goes to the liaison department", "industry", led.get("department").asText());
        assertTrue(bearer("GET", "online/demands/categories", null, token).body().contains("talent"));

        // a notice to unicorns, read by the agent in the portal; another person sees no enterprise's notices
        assertEquals(201, postJson("enterprise-notices", Map.of("kind", "RISK", "title", "数据出境风险提示", "body", "请自查",
                "categories", List.of("UNICORN"), "industries", List.of()), "supervisor").status());
        String agentPhone = OnlineIT.phone(agent).substring(0, 3) + "****" + OnlineIT.phone(agent).substring(7);
        waitFor("the notice's message to the agent's phone in the outbox", 10_000, () -> {
            try {
                return java.nio.file.Files.readAllLines(OnlineIT.outbox()).stream()
                        .anyMatch(l -> l.contains(agentPhone) && l.contains("风险预警：数据出境风险提示"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        JsonNode notice = bearer("GET", "online/enterprise-notices", null, token).json().get(0);
        assertEquals("数据出境风险提示", notice.get("title").asText());
        assertFalse(notice.get("read").asBoolean());
        assertEquals(404, bearer("GET", "online/enterprise-notices?enterprise=" + UNICORN, null, strangerToken).status());
        assertEquals(404, bearer("POST", "online/enterprise-notices/" + notice.get("id").asLong() + "/read?enterprise=" + UNICORN, null,
                strangerToken).status());
        assertEquals("enterprise", bearer("POST", "online/enterprise-notices/" + notice.get("id").asLong() + "/read", null, token).json()
                .get("field").asText());
        assertTrue(bearer("POST", "online/enterprise-notices/" + notice.get("id").asLong() + "/read?enterprise=" + UNICORN, null, token)
                .json().get("read").asBoolean());
        assertTrue(bearer("GET", "online/enterprise-notices", null, token).json().get(0).get("read").asBoolean());

        // 晒业绩: the agent's post is public only once the liaison department (industry) has checked it
        Answer post = bearer("POST", "achievements", Map.of("enterpriseNumber", UNICORN, "title", "获评国家级专精特新“小巨人”", "text", "感谢辅导"), token);
        assertEquals(post.body(), 201, post.status());
        assertFalse(get("achievements").body().contains("小巨人"));
        assertEquals(403, postJson("achievements/" + post.json().get("id").asLong() + "/check", Map.of("publish", true), "approver-hr").status());
        assertEquals(200, postJson("achievements/" + post.json().get("id").asLong() + "/check", Map.of("publish", true), "approver-industry").status());
        assertTrue(get("achievements").body().contains("小巨人"));

        // the SLA scan escalates it once per rung: officer (Wed 4), department head (Thu 5)
        moveClockTo("2026-03-04");
        assertEquals(200, postJson("sla/scan", Map.of(), "admin").status());
        postJson("sla/scan", Map.of(), "admin");
        moveClockTo("2026-03-05");
        postJson("sla/scan", Map.of(), "admin");
        int rungs = 0;
        for (JsonNode n : get("sla/notifications?department=market", "approver-market").json()) {
            if (n.get("caseNumber").asText().equals(demand)) {
                rungs++;
            }
        }
        assertEquals("officer and department head, each once", 2, rungs);
        assertEquals(2, get("demands/" + demand, "supervisor").json().get("escalationRung").asInt());

        // answered after its deadline: an accountability record as for a late case
        moveClockTo("2026-03-10");
        assertEquals(200, postJson("demands/" + demand + "/assign", Map.of("text", "officer-li"), "approver-market").status());
        JsonNode answered = postJson("demands/" + demand + "/answer", Map.of("text", "已开通绿色通道"), "approver-market").json();
        assertEquals("ANSWERED", answered.get("status").asText());
        assertTrue(answered.get("answeredLate").asBoolean());
        boolean accountable = false;
        for (JsonNode r : get("sla/accountability?status=OPEN", "supervisor").json()) {
            accountable |= r.get("caseNumber").asText().equals(demand);
        }
        assertTrue("an accountability record for the late answer", accountable);

        // the online demand: answered by its department, reopened by the enterprise, answered again, rated by the agent
        assertEquals(200, postJson("demands/" + onlineDemand + "/answer", Map.of("text", "符合人才住房申请条件"), "approver-hr").status());
        Answer reopened = bearer("POST", "online/demands/" + onlineDemand + "/reopen", Map.of("reason", "申请入口未开放"), token);
        assertEquals(reopened.body(), 200, reopened.status());
        assertEquals("IN_PROGRESS", reopened.json().get("status").asText());
        assertEquals(200, postJson("demands/" + onlineDemand + "/answer", Map.of("text", "入口已开放"), "approver-hr").status());
        // rated in the portal: its session cookie is the proof, taken only with the header a cross-site page cannot send
        Map<String, Object> five = Map.of("subject", onlineDemand, "level", 5);
        Answer cookieAlone = call("POST", "ratings", five, null, Map.of("Cookie", "HALL_APPLICANT=" + token));
        assertEquals("a cookie alone proves nothing: " + cookieAlone.body(), 400, cookieAlone.status());
        Answer agentRating = call("POST", "ratings", five, null, Map.of("Cookie", "HALL_APPLICANT=" + token, "X-Hall-Request", "1"));
        assertEquals(agentRating.body(), 201, agentRating.status());
        assertEquals("一次一评, with a Bearer token too", 409, bearer("POST", "ratings", five, token).status());

        // the enterprise rates the answered demand with the last four characters of its credit code
        Answer ratedDemand = postJson("ratings", Map.of("subject", demand, "suffix", UNICORN.substring(14), "level", 4), null);
        assertEquals(ratedDemand.body(), 201, ratedDemand.status());

        // a delivered case, rated badly from the progress page with the receipt's access code
        login(IntakeIT.MAN); // binds the applicant's phone, where the invitation to rate goes
        Answer c = postJson("cases", IntakeIT.application("health-family-planning-certificate", IntakeIT.MAN,
                Map.of("maritalStatus", "未婚", "children", 0), List.of(IntakeIT.material("id-card")), "张三"), "clerk");
        assertEquals(c.body(), 201, c.status());
        String n = c.json().get("caseNumber").asText();
        String accessCode = c.json().get("receipt").get("accessCode").asText();
        assertEquals("not finished yet", 409, postJson("ratings", Map.of("subject", n, "accessCode", accessCode, "level", 5), null).status());
        postJson("cases/" + n + "/review", Map.of(), "approver-health");
        postJson("cases/" + n + "/approve", Map.of(), "approver-health");
        assertEquals(200, postJson("cases/" + n + "/complete", Map.of("delivery", "ELECTRONIC"), "clerk").status());
        String masked = OnlineIT.phone(IntakeIT.MAN).substring(0, 3) + "****" + OnlineIT.phone(IntakeIT.MAN).substring(7);
        waitFor("the invitation to rate in the outbox", 10_000, () -> {
            try {
                return java.nio.file.Files.readAllLines(OnlineIT.outbox()).stream()
                        .anyMatch(l -> l.contains(masked) && l.contains("好差评") && l.contains("/hall/rate.html?subject=" + n));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertEquals("a wrong code is an unknown service", 404,
                postJson("ratings", Map.of("subject", n, "accessCode", "WRONG234", "level", 1), null).status());
        assertEquals("level", postJson("ratings", Map.of("subject", n, "accessCode", accessCode, "level", 9), null).json().get("field").asText());
        Answer rated = postJson("ratings", Map.of("subject", n, "accessCode", accessCode, "level", 1, "comment", "窗口解释不清"), null);
        assertEquals(rated.body(), 201, rated.status());
        assertTrue(rated.json().get("rectificationOpened").asBoolean());
        assertEquals("一次一评", 409, postJson("ratings", Map.of("subject", n, "suffix", IntakeIT.MAN.substring(14), "level", 5), null).status());

        JsonNode rect = get("ratings/rectifications?department=health", "approver-health").json().get(0);
        long id = rect.get("id").asLong();
        assertEquals("OPEN", rect.get("status").asText());
        assertEquals("2 working days from Tue 10 March", "2026-03-12", rect.get("verifyDue").asText());
        assertEquals(403, get("ratings/rectifications?department=health", "approver-hr").status());
        assertEquals(200, postJson("ratings/rectifications/" + id + "/verify", Map.of("finding", "情况属实"), "approver-health").status());
        JsonNode closed = postJson("ratings/rectifications/" + id + "/rectify", Map.of("measures", "窗口业务培训", "callbackOutcome", "SATISFIED"),
                "approver-health").json();
        assertEquals(closed.toString(), "CLOSED", closed.get("status").asText());
        assertTrue(closed.get("onTime").asBoolean());

        // the Contract's figures for supervisors; the public page names no applicant and no clerk
        JsonNode stats = get("ratings/stats?department=health&from=2026-03-01&to=2026-03-31", "supervisor").json();
        assertEquals(stats.toString(), 1, stats.get("ratings").asInt());
        assertEquals(0.0, stats.get("satisfactionRate").asDouble(), 0);
        assertEquals(1, stats.get("bad").asInt());
        assertEquals(1, stats.get("rectifiedOnTime").asInt());
        assertEquals(0, stats.get("open").asInt());
        assertEquals(403, get("ratings/stats", "clerk").status());
        assertEquals(400, get("ratings/stats?from=yesterday", "supervisor").status());
        Answer published = get("ratings/public?from=2026-03-01&to=2026-03-31");
        assertEquals(200, published.status());
        assertFalse(published.body(), published.body().contains(IntakeIT.MAN.substring(14)) || published.body().contains("clerk"));
        assertTrue(executeCommand("hall:ratings --from 2026-03-01").contains("health"));
    }
}
