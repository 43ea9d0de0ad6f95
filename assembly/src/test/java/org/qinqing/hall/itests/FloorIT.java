package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.api.Accounts;

/**
 * The queue floor on the assembled hall, on a Monday at 10:00: the sites contract, the day of an
 * applicant (booked, checked in at the kiosk, called at window 5, seen on the board and its event
 * stream, served into intake, the case recording the ticket), a key enterprise's agent routed to
 * VIP with their specialist, bad input, and 20 windows calling at once over 2,000 tickets.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FloorIT extends HallTestSupport {
    private static final String FIRM = "91110000600037341L";
    private static final HttpClient STREAM = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> CLERKS = new ConcurrentHashMap<>();

    @Inject
    private Accounts accounts;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-12-07T10:00:00+08:00")};
    }

    @Test
    public void a_sitesFollowTheContract() {
        JsonNode sites = get("sites").json();
        assertEquals("HALL", sites.get(0).get("kind").asText());
        assertEquals("南山区行政服务大厅", sites.get(0).get("name").asText());
        int streets = 0;
        for (JsonNode s : sites) {
            streets += s.get("kind").asText().equals("STREET") ? 1 : 0;
            assertNotNull(s.get("code"));
        }
        assertEquals(8, streets);
        JsonNode hall = get("sites/hall").json();
        JsonNode w5 = hall.get("windows").get(4);
        assertEquals("5", w5.get("code").asText());
        assertEquals("COMPREHENSIVE", w5.get("kind").asText());
        assertEquals("A", w5.get("queues").get(0).asText());
        assertEquals("V", hall.get("queues").get(1).get("prefix").asText());
        Answer none = get("sites/atlantis");
        assertEquals(404, none.status());
        assertEquals("site", none.json().get("field").asText());
    }

    @Test
    public void b_anApplicantIsBookedCheckedInCalledShownServedAndTheCaseRecordsTheTicket() throws Exception {
        Answer booked = postJson("appointments", Map.of("site", "hall", "itemCode", "police-no-criminal-record", "date", "2026-12-07",
                "slot", "10:30", "applicantNumber", IntakeIT.MAN), "clerk");
        assertEquals(booked.body(), 201, booked.status());
        String number = booked.json().get("appointmentNumber").asText();
        assertFalse("the ID number is masked", booked.body().contains(IntakeIT.MAN));

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        STREAM.sendAsync(HttpRequest.newBuilder(URI.create(API + "sites/hall/board/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(events::add));
        waitFor("the board's event stream", 10_000, () -> events.contains(": connected"));

        Answer ticket = postJson("sites/hall/tickets", Map.of("appointmentNumber", number), "kiosk");
        assertEquals(ticket.body(), 201, ticket.status());
        assertEquals("A", ticket.json().get("queue").asText());
        assertEquals(0, ticket.json().get("waitingAhead").asInt());
        String label = ticket.json().get("ticket").asText();
        assertTrue(label, label.matches("A\\d{3}"));

        assertEquals(403, post("windows/5/call-next", "", "clerk").status());
        assertEquals(200, post("windows/5/sign-in", "", "clerk").status());
        long calledAt = System.nanoTime();
        Answer call = post("windows/5/call-next", "", "clerk");
        assertEquals(call.body(), 200, call.status());
        assertEquals(label, call.json().get("ticket").asText());
        assertEquals("5", call.json().get("window").asText());
        assertEquals("hall", call.json().get("site").asText());
        assertNotNull(call.json().get("calledAt"));

        String event = null;
        while (event == null || !event.startsWith("data:")) {
            event = events.poll(5, TimeUnit.SECONDS);
            assertNotNull("no call event within 5 s", event);
        }
        long ms = (System.nanoTime() - calledAt) / 1_000_000;
        assertTrue(event, event.contains("\"ticket\":\"" + label + "\"") && event.contains("\"window\":\"5\""));
        assertTrue("the call reached the board in " + ms + " ms", ms < 1000);

        JsonNode board = get("sites/hall/board").json();
        assertEquals(label, board.get("calls").get(0).get("ticket").asText());
        assertTrue(board.get("waiting").has("A"));

        JsonNode served = post("windows/5/serve", "", "clerk").json();
        assertEquals(IntakeIT.MAN, served.get("intake").get("applicantNumber").asText());
        assertEquals("police-no-criminal-record", served.get("intake").get("itemCode").asText());
        Answer c = postJson("cases", IntakeIT.application("police-no-criminal-record", IntakeIT.MAN, Map.of("purpose", "就业"),
                List.of(IntakeIT.material("id-card")), "张三"), "clerk");
        assertEquals(c.body(), 201, c.status());
        String caseNumber = c.json().get("caseNumber").asText();
        Answer linked = postJson("windows/5/cases", Map.of("caseNumber", caseNumber), "clerk");
        assertEquals(linked.body(), 200, linked.status());
        String timeline = get("cases/" + caseNumber, "clerk").body();
        assertTrue(timeline, timeline.contains(label));
        assertEquals("DONE", post("windows/5/done", "", "clerk").json().get("state").asText());
        assertEquals(204, post("windows/5/call-next", "", "clerk").status());
        assertEquals(204, post("windows/5/sign-out", "", "clerk").status());
    }

    @Test
    public void c_aKeyEnterprisesAgentIsRoutedToVipWithTheirSpecialist() {
        Answer imported = send(HttpRequest.newBuilder(URI.create(API + "floor/vip/import?kind=ENTERPRISE")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("number,name,category,specialist\n" + FIRM + ",深圳某某科技有限公司,独角兽,supervisor\n")),
                "supervisor");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, imported.json().get("imported").asInt());
        Answer agent = postJson("parties/" + FIRM + "/agents", Map.of("agentNumber", IntakeIT.WOMAN, "role", "经办人"), "clerk");
        assertTrue(agent.body(), agent.status() == 201 || agent.status() == 200);
        Answer t = postJson("sites/hall/tickets", Map.of("applicantNumber", IntakeIT.WOMAN, "enterpriseNumber", FIRM), "kiosk");
        assertEquals(t.body(), 201, t.status());
        assertTrue(t.body(), t.json().get("vip").asBoolean());
        assertEquals("V", t.json().get("queue").asText());
        assertEquals("supervisor", t.json().get("specialist").asText());
        assertTrue(t.json().get("ticket").asText().startsWith("V"));
        // the VIP seat calls it
        assertEquals(200, post("windows/21/sign-in", "", "clerk").status());
        assertEquals(t.json().get("ticket").asText(), post("windows/21/call-next", "", "clerk").json().get("ticket").asText());
        post("windows/21/done", "", "clerk");
        post("windows/21/sign-out", "", "clerk");
    }

    @Test
    public void c_theSpecialistSeesTheTalentsCasesAcrossDepartmentsAndIsToldOfTheirChanges() {
        String first17 = "44030519880808" + "321";
        String talent = first17 + org.qinqing.hall.api.identity.ResidentIds.checkCharacter(first17);
        Answer listed = postJson("floor/vip", Map.of("number", talent, "kind", "TALENT", "name", "李博士", "category", "A类人才",
                "specialist", "supervisor"), "supervisor");
        assertEquals(listed.body(), 200, listed.status());
        int before = get("specialist/notices", "supervisor").json().get("unread").asInt();

        Answer police = postJson("cases", IntakeIT.application("police-no-criminal-record", talent, Map.of("purpose", "就业"),
                List.of(IntakeIT.material("id-card")), "李博士"), "clerk");
        assertEquals(police.body(), 201, police.status());
        Answer health = postJson("cases", IntakeIT.application("health-family-planning-certificate", talent,
                Map.of("maritalStatus", "未婚", "children", 0), List.of(IntakeIT.material("id-card")), null), "clerk");
        assertEquals(health.body(), 201, health.status());

        JsonNode parties = get("specialist/parties", "supervisor").json();
        JsonNode mine = null;
        for (JsonNode p : parties) {
            mine = p.get("number").asText().equals(talent) ? p : mine;
        }
        assertNotNull(parties.toString(), mine);
        Set<String> departments = new java.util.HashSet<>();
        mine.get("cases").forEach(c -> departments.add(c.get("department").asText()));
        assertEquals(mine.toString(), Set.of("police", "health"), departments);

        JsonNode notices = get("specialist/notices?unread=true", "supervisor").json();
        assertEquals(notices.toString(), before + 2, notices.get("unread").asInt());
        JsonNode newest = notices.get("notices").get(0);
        assertEquals(health.json().get("caseNumber").asText(), newest.get("caseNumber").asText());
        assertEquals(talent, newest.get("party").asText());
        assertEquals("李博士", newest.get("partyName").asText());
        assertTrue(newest.toString(), newest.path("from").isMissingNode() || newest.get("from").isNull());

        // a change of the case after it was taken in is told too
        Answer withdrawn = postJson("cases/" + police.json().get("caseNumber").asText() + "/withdraw", Map.of("reason", "申请人撤回"), "clerk");
        assertEquals(withdrawn.body(), 200, withdrawn.status());
        JsonNode latest = get("specialist/notices?limit=1", "supervisor").json().get("notices").get(0);
        assertEquals(police.json().get("caseNumber").asText(), latest.get("caseNumber").asText());
        assertEquals("WITHDRAWN", latest.get("to").asText());

        // read up to the newest: nothing unread; someone else's specialist view is empty; applicants and kiosks are refused
        long upTo = get("specialist/notices?limit=1", "supervisor").json().get("notices").get(0).get("id").asLong();
        assertTrue(postJson("specialist/notices/read", Map.of("upTo", upTo), "supervisor").json().get("marked").asInt() >= 2);
        assertEquals(0, get("specialist/notices", "supervisor").json().get("unread").asInt());
        assertEquals(0, get("specialist/parties", "clerk").json().size());
        assertEquals(0, get("specialist/notices", "clerk").json().get("notices").size());
        assertEquals(403, get("specialist/parties", "kiosk").status());
        Answer bad = postJson("specialist/notices/read", Map.of(), "supervisor");
        assertEquals(400, bad.status());
        assertEquals("upTo", bad.json().get("field").asText());
    }

    @Test
    public void f_anApplicantBooksOnlineSeesOnlyTheirOwnBookingsAndCancels() throws Exception {
        String a = OnlineIT.person();
        String b = OnlineIT.person();
        String ta = login(a);
        String tb = login(b);
        Map<String, Object> booking = Map.of("site", "hall", "itemCode", "police-no-criminal-record", "date", "2026-12-09", "slot", "11:00");
        Answer booked = bearer("POST", "online/appointments", booking, ta);
        assertEquals(booked.body(), 201, booked.status());
        String number = booked.json().get("appointmentNumber").asText();
        assertTrue(booked.body(), booked.json().get("online").asBoolean());
        assertEquals("2026-12-09", booked.json().get("date").asText());
        assertFalse("the ID number is masked", booked.body().contains(a));
        assertTrue(bearer("GET", "online/appointments", null, ta).body().contains(number));
        assertFalse(bearer("GET", "online/appointments", null, tb).body().contains(number));
        assertEquals("someone else's booking", 404, bearer("GET", "online/appointments/" + number, null, tb).status());
        assertEquals(404, bearer("POST", "online/appointments/" + number + "/cancel", Map.of(), tb).status());
        expect(bearer("POST", "online/appointments", Map.of("site", "hall", "itemCode", "police-no-criminal-record", "date", "2026-12-12",
                "slot", "11:00"), tb), 422, "date");
        expect(bearer("POST", "online/appointments", Map.of("site", "hall", "itemCode", "police-no-criminal-record", "date", "2026-12-09",
                "slot", "11:00", "enterpriseNumber", IntakeIT.COMPANY), tb), 404, "enterpriseNumber");
        assertEquals("a clerk is not an applicant", 403, postJson("online/appointments", booking, "clerk").status());
        Answer cancelled = bearer("POST", "online/appointments/" + number + "/cancel", Map.of(), ta);
        assertEquals(cancelled.body(), 200, cancelled.status());
        assertEquals("CANCELLED", cancelled.json().get("state").asText());
    }

    @Test
    public void d_badInputIsAnsweredWithJsonNamingTheField() {
        expect(postJson("sites/hall/tickets", Map.of("queue", "Q"), "kiosk"), 404, "queue");
        expect(postJson("sites/hall/tickets", Map.of("itemCode", "no-such-item"), "kiosk"), 404, "itemCode");
        expect(postJson("sites/hall/tickets", Map.of("applicantNumber", "123"), "kiosk"), 400, "applicantNumber");
        expect(postJson("sites/nowhere/tickets", Map.of(), "kiosk"), 404, "site");
        expect(post("windows/99/sign-in", "", "clerk"), 404, "window");
        expect(post("windows/6/call-next", "", "clerk"), 403, "window");
        assertEquals(403, postJson("sites/hall/tickets", Map.of(), "supervisor").status());
        assertEquals(401, postJson("sites/hall/tickets", Map.of(), null).status());
        Map<String, Object> booking = new LinkedHashMap<>(Map.of("site", "xili-dakan", "itemCode", "police-no-criminal-record", "date", "2026-12-08",
                "slot", "14:00", "applicantNumber", IntakeIT.MAN));
        assertEquals(201, postJson("appointments", booking, "clerk").status());
        booking.put("applicantNumber", IntakeIT.WOMAN);
        assertEquals(201, postJson("appointments", booking, "clerk").status());
        booking.put("applicantNumber", IntakeIT.COMPANY);
        expect(postJson("appointments", booking, "clerk"), 409, "slot");
        booking.put("date", "2026-12-12");
        expect(postJson("appointments", booking, "clerk"), 422, "date");
        booking.put("date", "2026-12-07");
        booking.put("slot", "09:00");
        expect(postJson("appointments", booking, "clerk"), 422, "slot");
        booking.put("slot", "noon");
        expect(postJson("appointments", booking, "clerk"), 400, "slot");
    }

    @Test
    public void g_loggingOutOfTheWebSessionSignsTheClerkOutOfTheirWindow() throws Exception {
        HttpResponse<String> login = STREAM.send(HttpRequest.newBuilder(URI.create(API + "session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", "window-clerk-logout",
                        "password", clerk("window-clerk-logout"))))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("HALL_SESSION=")).findFirst().orElseThrow().split(";")[0];
        Answer in = send(HttpRequest.newBuilder(URI.create(API + "windows/7/sign-in")).header("Cookie", cookie).header("X-Hall-Request", "1")
                .POST(HttpRequest.BodyPublishers.noBody()), null);
        assertEquals(in.body(), 200, in.status());
        assertEquals("window 7 is taken", 409, as("window-clerk-other", "windows/7/sign-in").status());
        Answer out = send(HttpRequest.newBuilder(URI.create(API + "session")).header("Cookie", cookie).DELETE(), null);
        assertEquals(out.body(), 204, out.status());
        assertEquals("the logout freed window 7", 200, as("window-clerk-other", "windows/7/sign-in").status());
        assertEquals(204, as("window-clerk-other", "windows/7/sign-out").status());
    }

    @Test
    public void h_aCallReachesAHundredOpenBoardConnectionsWithinASecondAndNoneHoldsAThread() throws Exception {
        int boards = 100;
        List<BlockingQueue<String>> received = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (int i = 0; i < boards; i++) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            received.add(lines);
            streams.add(STREAM.sendAsync(HttpRequest.newBuilder(URI.create(API + "sites/shekou/board/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(lines::add)));
        }
        waitFor("100 board connections", 30_000, () -> received.stream().allMatch(q -> q.contains(": connected")));
        long holding = Thread.getAllStackTraces().values().stream()
                .filter(stack -> java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().endsWith("SiteResource") || f.getClassName().contains("BoardStreams")))
                .count();
        assertEquals("threads held by open board streams", 0, holding);
        Answer ticket = postJson("sites/shekou/tickets", Map.of(), "kiosk");
        assertEquals(ticket.body(), 201, ticket.status());
        String label = ticket.json().get("ticket").asText();
        assertEquals(200, as("window-clerk-boards", "windows/shekou-2/sign-in").status());
        long calledAt = System.nanoTime();
        Answer call = as("window-clerk-boards", "windows/shekou-2/call-next");
        assertEquals(call.body(), 200, call.status());
        for (BlockingQueue<String> lines : received) {
            String line;
            do {
                line = lines.poll(5, TimeUnit.SECONDS);
                assertNotNull("a board got no call within 5 s", line);
            } while (!(line.startsWith("data:") && line.contains("\"ticket\":\"" + label + "\"")));
        }
        long ms = (System.nanoTime() - calledAt) / 1_000_000;
        System.out.println("FloorIT: a call reached all " + boards + " open board connections in " + ms + " ms (call answered and events received)");
        assertTrue("the call reached the last of 100 boards in " + ms + " ms", ms < 1000);
        streams.forEach(f -> f.cancel(true));
        as("window-clerk-boards", "windows/shekou-2/sign-out");
    }

    private static void expect(Answer a, int status, String field) {
        assertEquals(a.body(), status, a.status());
        assertEquals(a.body(), field, a.json().get("field").asText());
    }

    private String clerk(String name) {
        return CLERKS.computeIfAbsent(name, n -> {
            String initial = accounts.create(n, Set.of("clerk")).password();
            String changed = "T3st-" + java.util.UUID.randomUUID();
            Answer a = send(HttpRequest.newBuilder(URI.create(API + "me/password")).header("Content-Type", "application/json")
                    .header("Authorization", basic(n, initial))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + changed + "\"}")), null);
            assertEquals(a.body(), 204, a.status());
            return changed;
        });
    }

    private Answer as(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", basic(user, clerk(user)))
                .POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    @Test
    public void e_twentyWindowsCallingAtOnceCallEveryOneOfTwoThousandTicketsExactlyOnce() throws Exception {
        int tickets = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> taken = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            taken.add(pool.submit(() -> postJson("sites/hall/tickets", Map.of(), "kiosk").status()));
        }
        for (Future<Integer> f : taken) {
            assertEquals(Integer.valueOf(201), f.get(120, TimeUnit.SECONDS));
        }
        for (int w = 1; w <= 20; w++) {
            assertEquals(200, as("window-clerk-" + w, "windows/" + w + "/sign-in").status());
        }
        Set<String> called = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        List<Future<?>> windows = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 1; w <= 20; w++) {
            int window = w;
            windows.add(pool.submit(() -> {
                while (true) {
                    Answer a = as("window-clerk-" + window, "windows/" + window + "/call-next");
                    if (a.status() == 204) {
                        return null;
                    }
                    assertEquals(a.body(), 200, a.status());
                    if (!called.add(a.json().get("ticket").asText())) {
                        twice.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : windows) {
            f.get(300, TimeUnit.SECONDS);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        System.out.println("FloorIT: 20 windows called " + called.size() + " tickets in " + ms + " ms");
        assertEquals(0, twice.get());
        assertEquals(tickets, called.size());
        assertEquals(0, get("sites/hall/board").json().get("waiting").get("A").asInt());
        for (int w = 1; w <= 20; w++) {
            as("window-clerk-" + w, "windows/" + w + "/sign-out");
        }
        String stats = executeCommand("hall:queue-stats hall");
        assertTrue(stats, stats.contains("hall"));
    }
}
