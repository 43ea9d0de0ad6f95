package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The full catalogue: the hall with all 21 departments reproduces the seed's figures, computed
 * from the installed bundles; a bundle breaking the contract is refused; the bundle the archetype
 * generates (built by the archetype module's integration test) deploys and works.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogueIT extends HallTestSupport {

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    @Test
    public void largeAnswersGoOutCompressedToClientsThatAcceptIt() throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(API + "items")).header("Accept-Encoding", "gzip").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("none"));
        byte[] json = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertTrue("compressed " + r.body().length + " of " + json.length, r.body().length * 4 < json.length);
        assertEquals(get("items").json(), JSON.readTree(json));
        // a client that does not ask gets plain JSON, and a small answer is never compressed
        assertEquals("none", java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(API + "calendar/today")).header("Accept-Encoding", "gzip").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).headers().firstValue("Content-Encoding").orElse("none"));
    }

    @Test
    public void theCatalogueReproducesTheSeedFromTheInstalledBundles() {
        JsonNode departments = get("departments").json();
        long district = 0;
        long municipal = 0;
        for (JsonNode d : departments) {
            if (d.get("status").asText().equals("ACTIVE")) {
                district += d.get("level").asText().equals("DISTRICT") ? 1 : 0;
                municipal += d.get("level").asText().equals("MUNICIPAL") ? 1 : 0;
            }
        }
        assertEquals(15, district);
        assertEquals(6, municipal);

        JsonNode report = get("catalogue/report").json();
        JsonNode total = report.get("total");
        assertEquals(455, total.get("items").asInt());
        assertEquals(366, total.get("oneWindow").asInt());
        assertTrue(total.get("halvedLimit").asInt() >= 196);
        assertEquals(158, total.get("wechat").asInt());
        assertTrue(total.get("maxVisits").asInt() <= 1);
        assertTrue(total.get("zeroVisit").asInt() * 2 > total.get("items").asInt());
        assertEquals(total.get("legalPersonItems").asInt(), total.get("legalPersonFullyOnline").asInt());
        assertEquals(21, report.get("departments").size());
        for (JsonNode p : report.get("promises")) {
            assertTrue(p.toString(), p.get("kept").asBoolean());
        }

        // anyone can recompute the report from the item list
        JsonNode items = get("items").json();
        int n = 0, oneWindow = 0, online = 0, fullyOnline = 0, zeroVisit = 0, wechat = 0, halved = 0;
        for (JsonNode i : items) {
            String flags = i.get("flags").toString();
            n++;
            oneWindow += flags.contains("\"oneWindow\"") ? 1 : 0;
            online += flags.contains("\"online\"") ? 1 : 0;
            fullyOnline += flags.contains("\"fullyOnline\"") ? 1 : 0;
            zeroVisit += flags.contains("\"zeroVisit\"") ? 1 : 0;
            wechat += flags.contains("\"wechat\"") ? 1 : 0;
            halved += i.get("legalLimitDays").asInt() > 0 && i.get("promisedLimitDays").asInt() * 2 <= i.get("legalLimitDays").asInt() ? 1 : 0;
        }
        assertEquals(total.get("items").asInt(), n);
        assertEquals(total.get("oneWindow").asInt(), oneWindow);
        assertEquals(total.get("online").asInt(), online);
        assertEquals(total.get("fullyOnline").asInt(), fullyOnline);
        assertEquals(total.get("zeroVisit").asInt(), zeroVisit);
        assertEquals(total.get("wechat").asInt(), wechat);
        assertEquals(total.get("halvedLimit").asInt(), halved);
        for (JsonNode d : report.get("departments")) {
            assertTrue(d.has("code") && d.has("level") && d.has("items") && d.has("halvedLimit"));
        }
        String console = executeCommand("hall:catalogue-report");
        assertTrue(console, console.contains("TOTAL") && console.contains("455"));
    }

    @Test
    public void aBundleBreakingTheDepartmentContractIsRefusedWithTheReason() throws Exception {
        Bundle b = bundleContext.installBundle("file:" + fixture("broken-1.0.0.jar").getAbsolutePath());
        try {
            b.start();
            waitFor("broken refused", 5_000, () -> get("departments").body().contains("\"broken\""));
            JsonNode broken = null;
            for (JsonNode d : get("departments").json()) {
                if (d.get("code").asText().equals("broken")) {
                    broken = d;
                }
            }
            assertEquals("REFUSED", broken.get("status").asText());
            String why = broken.get("message").asText();
            assertTrue(why, why.contains("promised limit 10 exceeds legal limit 5") && why.contains("zeroVisit but max visits is 1"));
            assertEquals(404, get("items/broken-item").status());
            assertTrue(executeCommand("hall:departments").contains("REFUSED"));
        } finally {
            b.uninstall();
        }
    }

    @Test
    public void theArchetypesBundleDeploysIntoTheRunningHallAndItsRuleWorks() throws Exception {
        File jar = new File(System.getProperty("hall.root"),
                "bundles/archetype/target/test-classes/projects/basic/project/hall-dept-lighthouse/target/hall-dept-lighthouse-1.0.0.jar");
        assertTrue("the archetype's integration test built " + jar, jar.isFile());
        Bundle b = bundleContext.installBundle("file:" + jar.getAbsolutePath());
        b.start();
        waitFor("lighthouse items", 5_000, () -> get("items/lighthouse-permit").status() == 200);
        waitFor("approver-lighthouse account", 10_000, () -> initialPasswords().containsKey("approver-lighthouse"));

        Map<String, Object> small = IntakeIT.application("lighthouse-permit", IntakeIT.MAN, Map.of("area", 12),
                List.of(IntakeIT.material("id-card"), IntakeIT.material("premises")), "张三");
        Answer accepted = postJson("cases", small, "clerk");
        assertEquals(accepted.body(), 201, accepted.status());
        String n = accepted.json().get("caseNumber").asText();
        assertEquals(200, postJson("cases/" + n + "/review", Map.of(), "approver-lighthouse").status());
        Answer refused = postJson("cases/" + n + "/approve", Map.of(), "approver-lighthouse");
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body().contains("20"));
        b.uninstall();
    }
}
