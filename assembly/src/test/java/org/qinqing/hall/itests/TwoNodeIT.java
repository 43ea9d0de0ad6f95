package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Assume;
import org.junit.Test;

/**
 * Two real hall distributions on one PostgreSQL database ({@code -Dhall.store=postgresql}): clients
 * submit through both, one node is killed with {@code kill -9} under load and its clients retry on the other
 * with the same Idempotency-Key, while 64 more clients go through HAProxy (the repository's
 * {@code docs/cluster/haproxy.cfg}) and retry there; the node killed is the one running the SLA scan.
 * Every acknowledged case is there once, a retry returns the same case, the scan goes on on the other
 * node (the failover time is printed), and the audit chain written by both verifies.
 */
public class TwoNodeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;
    private static final int PROXY_CLIENTS = 64;
    private static final int SCAN_SECONDS = 4;

    @Test
    public void twoNodesLoseNothingWhenOneIsKilledUnderLoad() throws Exception {
        Assume.assumeTrue("runs on PostgreSQL only (-Dhall.store=postgresql)", TestStore.postgresql());
        TestStore.empty();
        Path base = Paths.get("target/two-nodes").toAbsolutePath();
        try (HallProcess a = node(base.resolve("a"), 18481, 18401); HallProcess b = node(base.resolve("b"), 18482, 18402)) {
            // both nodes start at once on the empty database: migrations take turns, each account is made once, by either
            long started = System.nanoTime();
            HallProcess.startTogether(a, b);
            System.out.println("two nodes: both started together in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
            accountsAndSessionsAreShared(a, b);
            // one account set, so the first-start passwords are changed once (on a), and b's clients use the new ones
            for (String user : new String[] {"clerk", "approver-police", "supervisor"}) {
                a.password(user);
            }
            b.passwordsInUse(a.passwordsInUse());
            // through the load balancer a clerk's requests reach either node
            HallProcess proxy = HallProcess.at(base.resolve("proxy"), 18480);
            proxy.passwordsInUse(a.passwordsInUse());

            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger onA = new AtomicInteger();
            AtomicInteger onB = new AtomicInteger();
            AtomicInteger retried = new AtomicInteger();
            AtomicReference<HallProcess> killed = new AtomicReference<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                HallProcess first = c % 2 == 0 ? a : b;
                HallProcess other = first == a ? b : a;
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            String applicant = CrashIT.applicant(sequence.getAndIncrement());
                            String key = "two-" + applicant;
                            String number = submit(first, applicant, key);
                            if (number != null) {
                                (first == a ? onA : onB).incrementAndGet();
                            } else if (killed.get() == first) {
                                number = submit(other, applicant, key); // its node is gone: the same request, the same key, on the other
                                if (number != null) {
                                    retried.incrementAndGet();
                                }
                            }
                            if (number != null) {
                                acknowledged.put(applicant, number);
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }
            try (Haproxy haproxy = Haproxy.start(base.resolve("proxy"), 18480, 18481, 18482)) {
                ProxyClients balanced = new ProxyClients(proxy, PROXY_CLIENTS, sequence, acknowledged);
                waitUntil("300 cases acknowledged", 180, () -> acknowledged.size() >= 300);
                assertTrue("both nodes took cases: a " + onA + ", b " + onB, onA.get() > 0 && onB.get() > 0);
                // any node serves any request: a case b has shown (and cached) and a then changes is shown changed by b
                String shown = acknowledged.values().iterator().next();
                assertEquals("ACCEPTED", JSON.readTree(b.get("cases/" + shown, "clerk").body()).get("status").asText());
                HttpResponse<String> review = a.post("cases/" + shown + "/review", "{}", "approver-police", null);
                assertEquals(review.body(), 200, review.statusCode());
                long changedAt = System.nanoTime();
                waitUntil("b shows the case a moved to review", 5, () -> {
                    try {
                        return "UNDER_REVIEW".equals(JSON.readTree(b.get("cases/" + shown, "clerk").body()).get("status").asText());
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                });
                System.out.println("two nodes: b showed a's change of a case it had cached after "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt) + " ms");
                HttpResponse<String> again = b.post("cases/" + shown + "/review", "{}", "approver-police", null);
                assertEquals("the same action on the other node: " + again.body(), 409, again.statusCode());

                // the node killed is the one that ran the last SLA scan: the failover measured is the scheduler's
                String[] before = lastScan();
                assertTrue("an SLA scan ran before the kill", before != null);
                HallProcess victim = before[0].endsWith(":a") ? a : b;
                HallProcess survivor = victim == a ? b : a;
                String survivorName = survivor == a ? "a" : "b";
                killed.set(victim);
                balanced.killed();
                Timestamp killedAt = databaseNow();
                victim.kill9();
                int atKill = acknowledged.size();
                waitUntil("100 more cases after the kill", 120, () -> acknowledged.size() >= atKill + 100);
                stop.set(true);
                balanced.stop();
                assertTrue("every client ended", done.await(60, TimeUnit.SECONDS));
                System.out.println("two nodes: " + onA + " cases acknowledged by a, " + onB + " by b, " + retried + " retried on "
                        + survivorName + " after the kill -9 (of the scan's node) at " + atKill);
                balanced.check();

                waitUntil("the SLA scan run by " + survivorName + " after the kill", 3 * SCAN_SECONDS + 10, () -> {
                    String[] last = lastScan();
                    return last != null && last[0].endsWith(":" + survivorName) && Timestamp.valueOf(last[1]).after(killedAt);
                });
                long scanAt = Timestamp.valueOf(lastScan()[1]).getTime();
                System.out.println("two nodes: failover of the SLA scan (every " + SCAN_SECONDS + " s): it ran on " + survivorName + " "
                        + (scanAt - killedAt.getTime()) + " ms after the kill -9 of " + before[0] + ", "
                        + (scanAt - Timestamp.valueOf(before[1]).getTime()) + " ms after that node's last scan");
                // every acknowledged case once in the database (one query), and every tenth shown by the survivor and retried there
                Map<String, java.util.List<String>> stored = casesByApplicant();
                int seen = 0;
                for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                    assertEquals("cases of " + e.getKey(), java.util.List.of(e.getValue()), stored.get(e.getKey()));
                    if (seen++ % 10 == 0) {
                        HttpResponse<String> list = survivor.get("cases?applicant=" + e.getKey(), "clerk");
                        JsonNode cases = JSON.readTree(list.body());
                        assertEquals("cases of " + e.getKey() + ": " + list.body(), 1, cases.size());
                        assertEquals(e.getValue(), cases.get(0).get("caseNumber").asText());
                        String key = (balanced.owns(e.getKey()) ? "proxy-" : "two-") + e.getKey();
                        assertEquals("a retry with the same key returns the same case", e.getValue(), submit(survivor, e.getKey(), key));
                    }
                }
                HttpResponse<String> verified = survivor.get("audit/verify", "supervisor");
                assertEquals(verified.body(), 200, verified.statusCode());
                JsonNode verify = JSON.readTree(verified.body());
                assertTrue(verify.toString(), verify.get("valid").asBoolean());
                System.out.println("two nodes: all " + acknowledged.size() + " acknowledged cases present once on " + survivorName
                        + "; audit chain of " + verify.get("records").asLong() + " records from both nodes verifies");
            }
        }
    }

    /**
     * Issue 26 item 5: an account added at a's console logs in on b, and its password set on b is
     * the one a checks; a web session opened on a works on b, and a logout on a ends it on b.
     */
    private static void accountsAndSessionsAreShared(HallProcess a, HallProcess b) throws Exception {
        String added = a.console(18401, "hall:user-add window-two clerk");
        String given = added.lines().filter(l -> l.contains("shown once")).findFirst().orElseThrow(() -> new AssertionError(added))
                .replaceAll(".*:\\s*", "").trim();
        HttpResponse<String> first = send(b, "GET", "me", basic("window-two", given), null, null);
        assertEquals("logged in on b, held to the password change: " + first.body(), 403, first.statusCode());
        assertTrue(first.body(), first.body().contains("password_change_required"));
        assertEquals("a remembers the given credential", 403, send(a, "GET", "me", basic("window-two", given), null, null).statusCode());
        String own = "window two's own passphrase";
        HttpResponse<String> changed = send(b, "POST", "me/password", basic("window-two", given), null,
                JSON.writeValueAsString(Map.of("currentPassword", given, "newPassword", own)));
        assertEquals(changed.body(), 204, changed.statusCode());
        assertEquals("the password set on b is a's", 200, send(a, "GET", "me", basic("window-two", own), null, null).statusCode());
        assertEquals("the given one is gone on a too, though a remembered it", 401, send(a, "GET", "me", basic("window-two", given), null, null).statusCode());

        HttpResponse<String> login = send(a, "POST", "session", null, null, JSON.writeValueAsString(Map.of("username", "window-two", "password", own)));
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> onB = send(b, "GET", "session", null, cookie, null);
        assertEquals("a's session on b: " + onB.body(), 200, onB.statusCode());
        assertEquals("window-two", JSON.readTree(onB.body()).get("username").asText());
        assertEquals(204, send(a, "DELETE", "session", null, cookie, null).statusCode());
        long loggedOut = System.nanoTime();
        waitUntil("the session logged out on a ends on b", 5, () -> {
            try {
                return send(b, "GET", "session", null, cookie, null).statusCode() == 401;
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        });
        System.out.println("two nodes: an account added on a logged in on b; a's web session worked on b and ended there "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loggedOut) + " ms after the logout on a");
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HallProcess node, String method, String path, String authorization, String cookie, String body)
            throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(node.api(path)).timeout(java.time.Duration.ofSeconds(30))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (cookie != null) {
            r.header("Cookie", cookie).header("X-Hall-Request", "1");
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private static HallProcess node(Path dir, int http, int ssh) throws Exception {
        HallProcess p = HallProcess.unpack(dir, http, ssh, Map.of());
        onPostgresql(dir);
        Files.writeString(dir.resolve("etc/org.qinqing.hall.sla.cfg"), "scanIntervalSeconds = " + SCAN_SECONDS + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Points the hall unpacked at {@code dir} at the test's PostgreSQL database. */
    static void onPostgresql(Path dir) throws IOException {
        Files.writeString(dir.resolve("etc/org.ops4j.datasource-hall.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver", "dataSourceName = hall", "url = " + TestStore.URL,
                "user = " + TestStore.USER, "password = " + TestStore.PASSWORD, "pool = dbcp2", "xa = false",
                "pool.maxTotal = 16", "pool.maxIdle = 16", ""), StandardCharsets.UTF_8);
    }

    /** @return the case number acknowledged (201, or 200 for a repeated key), or null when the node did not answer */
    static String submit(HallProcess node, String applicant, String key) {
        try {
            HttpResponse<String> r = node.post("cases", CrashIT.body(applicant), "clerk", key);
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return JSON.readTree(r.body()).get("caseNumber").asText();
            }
            return null;
        } catch (Exception inFlight) {
            return null; // the node died under this request: not acknowledged
        }
    }

    private static Timestamp databaseNow() throws Exception {
        try (Connection c = DriverManager.getConnection(TestStore.URL, TestStore.USER, TestStore.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT CURRENT_TIMESTAMP::timestamp")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    /** @return the case numbers in the database by applicant */
    private static Map<String, java.util.List<String>> casesByApplicant() throws Exception {
        Map<String, java.util.List<String>> out = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(TestStore.URL, TestStore.USER, TestStore.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT applicant, case_number FROM hall_case")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static String[] lastScan() {
        try (Connection c = DriverManager.getConnection(TestStore.URL, TestStore.USER, TestStore.PASSWORD);
             PreparedStatement ps = c.prepareStatement("SELECT node, last_run FROM hall_job WHERE job = 'sla-scan'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {rs.getString(1), rs.getTimestamp(2).toString()} : null;
        } catch (Exception e) {
            return null;
        }
    }

    interface Check {
        boolean ok() throws IOException;
    }

    static void waitUntil(String what, int seconds, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            assertTrue(what + " within " + seconds + " s", System.nanoTime() < deadline);
            Thread.sleep(100);
        }
    }
}
