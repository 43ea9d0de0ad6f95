package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
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

    @Test
    public void servesThePrometheusFormatFromLoopbackAndOnlyToAdminsWhenLoopbackIsOff() throws Exception {
        HttpResponse<String> r = scrape(null);
        assertEquals(r.body(), 200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type, type.startsWith("text/plain") && type.contains("version=0.0.4"));
        String text = r.body();
        assertTrue(text, text.contains("# TYPE jvm_memory_used_bytes gauge"));
        assertTrue(value(text, "jvm_memory_used_bytes", "area=\"heap\"") > 0);
        assertTrue(value(text, "jvm_threads_live_threads", "") > 10);
        assertTrue(value(text, "process_uptime_seconds", "") > 0);

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

    /** @return the value of the first sample of {@code name} whose labels contain {@code labels} */
    static double value(String text, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
        while (m.find()) {
            String l = m.group(1) == null ? "" : m.group(1);
            if (l.contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no sample " + name + " with " + labels);
    }
}
