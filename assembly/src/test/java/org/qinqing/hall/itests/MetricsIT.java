package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code GET /api/v1/metrics} on the assembled hall: the Prometheus text format from loopback,
 * the hall's own series with values that follow what was done, and access for admins only once
 * loopback access is switched off. One test method: the configuration is shared state.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT extends HallTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    private ConfigurationAdmin configAdmin;

    @Override
    protected Option[] extraOptions() {
        // a day whose deadlines stay within the shipped schedules
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    @Test
    public void servesThePrometheusFormatFromLoopbackAndOnlyToAdminsWhenLoopbackIsOff() throws Exception {
        // a few requests, a case and a scan to be counted
        assertEquals(200, get("me", "clerk").status());
        assertEquals(404, get("no-such-endpoint").status());
        Answer a = postJson("cases", IntakeIT.application("health-physician-registration", IntakeIT.WOMAN, Map.of("category", "临床",
                "qualificationDate", "2020-08-01", "institutionCode", IntakeIT.COMPANY), List.of(IntakeIT.material("id-card"),
                IntakeIT.material("physician-qualification"), IntakeIT.material("health-proof"), IntakeIT.material("employment-proof")),
                "李华"), "clerk");
        assertEquals(a.body(), 201, a.status());
        assertEquals(200, postJson("sla/scan", Map.of(), "admin").status());
        // the open-cases gauge counts every 15 s
        waitFor("the open case in the gauge", 30_000, () -> scrape(null).body()
                .contains("hall_cases_open{colour=\"green\",department=\"health\"} 1.0"));

        HttpResponse<String> r = scrape(null);
        assertEquals(r.body(), 200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type, type.startsWith("text/plain") && type.contains("version=0.0.4"));
        String text = r.body();
        // for a look at what a scrape holds: assembly/target/metrics-scrape.txt
        Files.writeString(Paths.get(System.getProperty("hall.root"), "assembly", "target", "metrics-scrape.txt"), text);
        // requests by endpoint template, method and status, with histogram buckets
        assertTrue(value(text, "hall_http_server_requests_seconds_count", "method=\"POST\"", "status=\"201\"", "uri=\"/cases\"") >= 1);
        assertTrue(value(text, "hall_http_server_requests_seconds_bucket", "uri=\"/cases\"", "status=\"201\"", "le=\"+Inf\"") >= 1);
        assertTrue(value(text, "hall_http_server_requests_seconds_count", "uri=\"/me\"", "status=\"200\"") >= 1);
        assertTrue(value(text, "hall_http_server_requests_seconds_count", "uri=\"UNMATCHED\"", "status=\"404\"") >= 1);
        assertTrue("no raw path as a label", !text.contains("no-such-endpoint"));
        // intake per department, open cases by colour
        assertEquals(1.0, value(text, "hall_case_transitions_total", "department=\"health\"", "status=\"accepted\""), 0);
        assertEquals(1.0, value(text, "hall_cases_open", "department=\"health\"", "colour=\"green\""), 0);
        assertEquals(0.0, value(text, "hall_cases_open", "department=\"health\"", "colour=\"overdue\""), 0);
        // the store: commits, their latency, units per batch, the writer's queue
        assertTrue(value(text, "hall_store_commit_seconds_count") > 0);
        assertTrue(value(text, "hall_store_commit_seconds_bucket", "le=\"+Inf\"") > 0);
        assertTrue(value(text, "hall_store_batch_units_sum") >= value(text, "hall_store_batch_units_count"));
        assertEquals(0.0, value(text, "hall_store_failures_total", "stage=\"commit\""), 0);
        assertTrue(value(text, "hall_store_queue_depth") >= 0);
        // the deadline scan
        assertTrue(value(text, "hall_sla_scan_seconds_count", "outcome=\"success\"") >= 1);
        // the connection pool (pax-jdbc's dbcp2 pool, read from its MBean): the writer holds two connections for good
        assertTrue(value(text, "hall_db_pool_connections_active") >= 2);
        assertEquals(16.0, value(text, "hall_db_pool_connections_max"), 0);
        assertTrue(value(text, "hall_db_pool_borrowed_total") >= 2);
        assertTrue(text, text.contains("# TYPE jvm_memory_used_bytes gauge"));
        assertTrue(value(text, "jvm_memory_used_bytes", "area=\"heap\"") > 0);
        assertTrue(value(text, "jvm_threads_live_threads") > 10);
        assertTrue(value(text, "process_uptime_seconds") > 0);

        // Prometheus asks for gzip: the scrape is compressed
        HttpResponse<String> gzip = send(null, "Accept-Encoding", "gzip");
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));

        // loopback off: anonymous 401, a clerk 403, an admin still reads
        setAllowLoopback(false);
        waitFor("loopback access switched off", 10_000, () -> scrape(null).statusCode() == 401);
        HttpResponse<String> anonymous = scrape(null);
        assertTrue(anonymous.body(), anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("unauthenticated", JSON.readTree(anonymous.body()).get("error").asText());
        HttpResponse<String> clerk = scrape("clerk");
        assertEquals(clerk.body(), 403, clerk.statusCode());
        assertEquals("forbidden", JSON.readTree(clerk.body()).get("error").asText());
        HttpResponse<String> admin = scrape("admin");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("jvm_memory_used_bytes"));
        // a proxy on this machine that names its client is not a local caller
        setAllowLoopback(true);
        waitFor("loopback access switched on", 10_000, () -> scrape(null).statusCode() == 200);
        assertEquals(401, send(null, "X-Forwarded-For", "203.0.113.9").statusCode());
        assertEquals(400, get("metrics?format=json").status());
    }

    private void setAllowLoopback(boolean allow) throws Exception {
        Configuration c = configAdmin.getConfiguration("org.qinqing.hall.metrics", null);
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("allowLoopback", String.valueOf(allow));
        c.update(p);
    }

    private HttpResponse<String> scrape(String user) {
        return send(user);
    }

    private HttpResponse<String> send(String user, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + "metrics")).GET().timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", basic(user, password(user)));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the value of the first sample of {@code name} whose labels contain each of {@code labels} */
    static double value(String text, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
        while (m.find()) {
            String l = m.group(1) == null ? "" : m.group(1);
            if (java.util.Arrays.stream(labels).allMatch(l::contains)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no sample " + name + " with " + java.util.Arrays.toString(labels));
    }
}
