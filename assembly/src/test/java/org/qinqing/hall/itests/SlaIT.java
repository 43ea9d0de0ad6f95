package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Sunshine handling on the assembled hall: the calendar contract, the scanner driven by the hall
 * clock moved through Config Admin, warnings, accountability, statistics, extension and a
 * calendar change that moves deadlines. One test method, because the clock is shared state.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SlaIT extends HallTestSupport {


    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    @Test
    public void deadlinesWarningsAccountabilityStatisticsAndCalendarChanges() throws Exception {
        // the calendar contract
        JsonNode d = get("calendar/deadline?from=2026-02-13&workingDays=5").json();
        assertEquals("2026-02-27", d.get("deadline").asText());
        assertTrue("2027 is next year: provisional", get("calendar/deadline?from=2026-12-28&workingDays=10").json().get("provisional").asBoolean());
        assertEquals(false, d.get("provisional").asBoolean());
        Answer missing = get("calendar/deadline?from=2027-12-20&workingDays=10");
        assertEquals(422, missing.status());
        assertTrue(missing.json().get("message").asText().contains("2028"));
        assertEquals(400, get("calendar/deadline?from=yesterday&workingDays=1").status());

        // a case accepted Mon 2 March: yellow Fri 6 (4 of 5), promised Mon 9, legal Mon 30 March
        Answer a = postJson("cases", IntakeIT.application("health-physician-registration", IntakeIT.WOMAN, Map.of("category", "临床",
                "qualificationDate", "2020-08-01", "institutionCode", IntakeIT.COMPANY), List.of(IntakeIT.material("id-card"),
                IntakeIT.material("physician-qualification"), IntakeIT.material("health-proof"), IntakeIT.material("employment-proof")),
                "李华"), "clerk");
        assertEquals(a.body(), 201, a.status());
        String n = a.json().get("caseNumber").asText();
        assertEquals("GREEN", a.json().get("sla").get("colour").asText());
        assertEquals("2026-03-06", a.json().get("sla").get("yellowOn").asText());

        moveClockTo("2026-03-06");
        JsonNode scan = postJson("sla/scan", Map.of(), "admin").json();
        assertEquals(scan.toString(), 1, scan.get("yellow").asInt());
        assertEquals(0, postJson("sla/scan", Map.of(), "admin").json().get("due").asInt());
        assertEquals("YELLOW", get("cases/" + n, "clerk").json().get("sla").get("colour").asText());
        JsonNode warnings = get("sla/notifications", "approver-health").json();
        assertEquals("YELLOW", warnings.get(0).get("rung").asText());
        assertEquals(403, get("sla/notifications?department=health", "approver-hr").status());

        moveClockTo("2026-03-31");
        JsonNode late = postJson("sla/scan", Map.of(), "admin").json();
        assertEquals(late.toString(), 1, late.get("red").asInt());
        assertEquals(1, late.get("overdue").asInt());
        JsonNode overdue = get("sla/overdue?department=health", "supervisor").json();
        assertEquals("OVERDUE", overdue.get(0).get("colour").asText());
        assertEquals(1, overdue.get(0).get("workingDaysLate").asInt());

        JsonNode record = get("sla/accountability?status=OPEN", "supervisor").json().get(0);
        long id = record.get("id").asLong();
        assertEquals(n, record.get("caseNumber").asText());
        assertEquals("ACCEPTED", record.get("holders").get(0).get("state").asText());
        assertEquals(409, postJson("sla/accountability/" + id + "/close", Map.of(), "supervisor").status());
        assertEquals(403, postJson("sla/accountability/" + id + "/explain", Map.of("explanation", "x"), "approver-hr").status());
        Answer explained = postJson("sla/accountability/" + id + "/explain", Map.of("explanation", "资格核验等待省卫健委回函"), "approver-health");
        assertEquals(explained.body(), 200, explained.status());
        assertEquals("CLOSED", postJson("sla/accountability/" + id + "/close", Map.of(), "supervisor").json().get("status").asText());

        // a supervisor extends by 10 working days: Mon 30 March -> Tue 14 April (Qingming 4-6 April off)
        JsonNode extended = postJson("cases/" + n + "/extend", Map.of("reason", "需补充专家意见", "days", 10), "supervisor").json();
        assertEquals(extended.toString(), "2026-04-14", extended.path("legalDeadline").asText());
        assertEquals("one extension only", 409, postJson("cases/" + n + "/extend", Map.of("reason", "x", "days", 3), "supervisor").status());

        // decide it, then statistics
        postJson("cases/" + n + "/review", Map.of(), "approver-health");
        assertEquals(200, postJson("cases/" + n + "/approve", Map.of(), "approver-health").status());
        JsonNode stats = get("sla/stats?from=2026-01-01&to=2026-12-31&groupBy=department", "supervisor").json();
        JsonNode health = null;
        for (JsonNode r : stats.get("rows")) {
            if (r.get("key").asText().equals("health")) {
                health = r;
            }
        }
        assertEquals(stats.toString(), 1, health.get("decided").asInt());
        assertEquals(0, health.get("onTimePromised").asInt());
        assertEquals(1, health.get("onTimeLegal").asInt());
        assertTrue(health.get("items").asInt() >= 6);
        assertEquals(403, get("sla/stats", "clerk").status());

        // a calendar change moves an open case's deadlines and names it
        Answer open = postJson("cases", IntakeIT.application("police-no-criminal-record", IntakeIT.MAN, Map.of("purpose", "就业"),
                List.of(IntakeIT.material("id-card")), "张三"), "clerk");
        String openNumber = open.json().get("caseNumber").asText();
        String before = open.json().get("promisedDeadline").asText();
        JsonNode year = get("calendar/years", null).json();
        JsonNode y2026 = null;
        for (JsonNode y : year) {
            if (y.get("year").asInt() == 2026) {
                y2026 = y;
            }
        }
        List<Object> days = new java.util.ArrayList<>(JSON.convertValue(y2026.get("days"), List.class));
        days.add(Map.of("date", "2026-04-01", "holiday", true, "name", "演练假日"));
        Answer change = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(API + "calendar/years/2026"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("source", "演练更正", "days", days)))),
                "admin");
        assertEquals(change.body(), 200, change.status());
        assertTrue(change.body(), change.json().get("movedCases").toString().contains(openNumber));
        JsonNode moved = get("cases/" + openNumber, "clerk").json();
        assertTrue(before + " -> " + moved.get("promisedDeadline").asText(), moved.get("promisedDeadline").asText().compareTo(before) > 0);

        // the console
        assertTrue(executeCommand("hall:sla " + n).contains("Legal"));
        assertTrue(executeCommand("hall:calendar").contains("2026"));
        assertTrue(executeCommand("hall:stats --by item").contains("health-physician-registration"));
        assertTrue(executeCommand("hall:sla-scan").contains("Due"));
        assertTrue(executeCommand("hall:overdue").contains("case(s)"));
    }
}
