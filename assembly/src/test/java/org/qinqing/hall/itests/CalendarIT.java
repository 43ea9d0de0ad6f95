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

/**
 * Next year before its notice, on the assembled hall in December 2026 (the shipped schedules end
 * with 2026): the deadline contract with {@code provisional}, a case accepted with a deadline in the
 * provisional 2027 and marked so everywhere, the overdue view 40 days later in January, then the
 * official 2027 schedule loaded: deadlines recomputed, no longer provisional, the applicant told.
 * One test method, because the hall's clock and calendar are shared state.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CalendarIT extends HallTestSupport {


    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-12-07T10:00:00+08:00")};
    }

    private static JsonNode year(JsonNode years, int year) {
        for (JsonNode y : years) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        return null;
    }

    @Test
    public void nextYearIsProvisionalUntilItsScheduleIsLoaded() throws Exception {
        // the contract: a deadline in next year before its schedule is loaded is 200 and provisional
        Answer next = get("calendar/deadline?from=2026-12-28&workingDays=10");
        assertEquals(next.body(), 200, next.status());
        assertEquals("2027-01-12", next.json().get("deadline").asText());
        assertTrue(next.body(), next.json().get("provisional").asBoolean());
        assertFalse(get("calendar/deadline?from=2026-12-01&workingDays=5").json().get("provisional").asBoolean());
        Answer beyond = get("calendar/deadline?from=2027-12-20&workingDays=10");
        assertEquals(beyond.body(), 422, beyond.status());
        assertEquals("calendar_missing", beyond.json().get("error").asText());
        assertTrue(beyond.body(), beyond.json().get("message").asText().contains("2028"));
        JsonNode y2027 = year(get("calendar/years").json(), 2027);
        assertTrue(y2027.get("provisional").asBoolean());
        assertFalse(year(get("calendar/years").json(), 2026).get("provisional").asBoolean());
        assertTrue(executeCommand("hall:calendar").contains("provisional"));

        // accepted Mon 7 Dec: promised Mon 14 Dec; legal 20 working days: Tue 5 Jan 2027 (1 Jan off) — provisional
        Answer a = postJson("cases", IntakeIT.application("health-physician-registration", IntakeIT.WOMAN, Map.of("category", "临床",
                "qualificationDate", "2020-08-01", "institutionCode", IntakeIT.COMPANY), List.of(IntakeIT.material("id-card"),
                IntakeIT.material("physician-qualification"), IntakeIT.material("health-proof"), IntakeIT.material("employment-proof")),
                "李华"), "clerk");
        assertEquals(a.body(), 201, a.status());
        String n = a.json().get("caseNumber").asText();
        assertEquals("2027-01-05", a.json().get("legalDeadline").asText());
        assertTrue(a.body(), a.json().get("provisional").asBoolean());
        assertTrue(a.json().get("sla").get("legalProvisional").asBoolean());
        assertFalse(a.json().get("sla").get("promisedProvisional").asBoolean());
        assertTrue(a.json().get("receipt").get("provisional").asBoolean());
        assertTrue(a.json().get("receipt").get("provisionalNote").asText().contains("暂定"));
        assertTrue(get("cases/" + n, "clerk").json().get("provisional").asBoolean());
        JsonNode progress = get("progress/" + n + "?suffix=" + IntakeIT.WOMAN.substring(14)).json();
        assertTrue(progress.toString(), progress.get("provisional").asBoolean());
        assertTrue(executeCommand("hall:case-show " + n).contains("暂定 provisional"));
        assertTrue(executeCommand("hall:sla " + n).contains("暂定 provisional"));
        List<String> police = new java.util.ArrayList<>();
        for (String applicant : List.of(IntakeIT.MAN, IntakeIT.WOMAN)) {
            Answer p = postJson("cases", IntakeIT.application("police-no-criminal-record", applicant, Map.of("purpose", "就业"),
                    List.of(IntakeIT.material("id-card")), applicant.equals(IntakeIT.MAN) ? "张三" : "李华"), "clerk");
            assertEquals(p.body(), 201, p.status());
            police.add(p.json().get("caseNumber").asText());
        }

        // 40 days later, in January 2027 with no schedule loaded for it: every rung fires and the overdue view lists the cases
        moveClockTo("2027-01-16");
        JsonNode scan = postJson("sla/scan", Map.of(), "admin").json();
        assertTrue(scan.toString(), scan.get("overdue").asInt() >= 3);
        Answer overdue = get("sla/overdue?department=police", "supervisor");
        assertEquals(overdue.body(), 200, overdue.status());
        for (String p : police) {
            assertTrue(p + " in " + overdue.body(), overdue.body().contains(p));
        }
        // legal Wed 16 Dec 2026: 17 Dec – 31 Dec has 11 working days, January 2027 to Fri 15 has 10 (1 Jan off)
        assertEquals(overdue.body(), 21, overdue.json().get(0).get("workingDaysLate").asInt());
        assertEquals("OVERDUE", get("cases/" + police.get(0), "clerk").json().get("sla").get("colour").asText());
        // the hall's date moved: 2028 is now next year, served provisionally; 2029 is refused
        assertTrue(get("calendar/deadline?from=2027-12-20&workingDays=10").json().get("provisional").asBoolean());
        assertEquals(422, get("calendar/deadline?from=2028-12-20&workingDays=10").status());

        // the State Council schedule for 2027 is loaded (a drill with a bridging day on Mon 4 Jan): the recompute moves
        // the health case's legal deadline to Wed 6 Jan, no longer provisional, and the applicant is told
        List<Map<String, Object>> days = List.of(Map.of("date", "2027-01-01", "holiday", true, "name", "元旦"),
                Map.of("date", "2027-01-04", "holiday", true, "name", "元旦（演练）"));
        Answer load = send(HttpRequest.newBuilder(URI.create(API + "calendar/years/2027")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（演练）",
                        "days", days)))), "admin");
        assertEquals(load.body(), 200, load.status());
        assertTrue(load.body(), load.json().get("movedCases").toString().contains(n));
        assertFalse(load.json().get("year").get("provisional").asBoolean());
        JsonNode after = get("cases/" + n, "clerk").json();
        assertEquals("2027-01-06", after.get("legalDeadline").asText());
        assertFalse(after.toString(), after.get("provisional").asBoolean());
        assertFalse(get("calendar/deadline?from=2026-12-28&workingDays=10").json().get("provisional").asBoolean());
        boolean told = false;
        for (JsonNode w : get("sla/notifications?department=health", "supervisor").json()) {
            if (w.get("caseNumber").asText().equals(n) && w.get("rung").asText().equals("DEADLINE_MOVED")) {
                assertEquals("APPLICANT", w.get("recipient").asText());
                assertTrue(w.get("message").asText(), w.get("message").asText().contains("2027-01-06"));
                told = true;
            }
        }
        assertTrue("the applicant's notice is recorded", told);
        JsonNode shown = get("progress/" + n + "?suffix=" + IntakeIT.WOMAN.substring(14)).json();
        assertFalse(shown.get("provisional").asBoolean());
        assertTrue(shown.toString(), shown.get("steps").toString().contains("deadline-recompute"));
    }
}
