package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The platform foundation against the assembled hall: boot, catalogue REST, console, accounts,
 * and hot deployment of department bundles.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends HallTestSupport {

    @Test
    public void bootsWithTheTalentSettlementDepartmentsAndTheirItems() {
        waitFor("three active departments", 30_000, () -> activeDepartments().containsAll(Set.of("health", "hr", "police")));
        JsonNode hr = department("hr");
        assertEquals("南山区人力资源局", hr.get("name").asText());
        assertEquals("DISTRICT", hr.get("level").asText());
        assertEquals("org.qinqing.hall.hall-dept-hr", hr.get("bundle").asText());
        assertTrue(hr.get("itemCount").asInt() >= 5);
        assertEquals("MUNICIPAL", department("police").get("level").asText());

        JsonNode item = get("items/hr-talent-introduction").json();
        assertEquals("在职人才引进核准", item.get("name").asText());
        assertEquals(20, item.get("legalLimitDays").asInt());
        assertEquals(5, item.get("promisedLimitDays").asInt());
        assertTrue(item.get("materials").size() >= 3);
        assertTrue(item.get("legalBasis").asText().contains("人才"));
    }

    @Test
    public void catalogueSearchesAndFilters() {
        waitFor("hr", 30_000, () -> activeDepartments().contains("hr"));
        JsonNode byName = get("items?q=" + enc("人才引进")).json();
        assertTrue(codes(byName).contains("hr-talent-introduction"));
        JsonNode byInitials = get("items?q=rcyj").json();
        assertTrue(codes(byInitials).contains("hr-talent-introduction"));
        for (JsonNode i : get("items?department=police").json()) {
            assertEquals("police", i.get("department").asText());
        }
        for (JsonNode i : get("items?party=enterprise").json()) {
            assertTrue(Set.of("ENTERPRISE", "BOTH").contains(i.get("party").asText()));
        }
        for (JsonNode i : get("items?flag=zeroVisit").json()) {
            assertTrue(i.get("flags").toString().contains("zeroVisit"));
        }
    }

    @Test
    public void badCatalogueRequestsGetJsonErrorsNamingTheProblem() {
        Answer unknown = get("items/no-such-item");
        assertEquals(404, unknown.status());
        assertEquals("unknown_item", unknown.json().get("error").asText());
        assertTrue(unknown.json().get("message").asText().contains("no-such-item"));

        Answer party = get("items?party=robot");
        assertEquals(400, party.status());
        assertEquals("party", party.json().get("field").asText());

        Answer flag = get("items?flag=cheap");
        assertEquals(400, flag.status());
        assertEquals("flag", flag.json().get("field").asText());

        Answer dept = get("items?department=nasa");
        assertEquals(400, dept.status());
        assertEquals("department", dept.json().get("field").asText());

        Answer param = get("items?colour=red");
        assertEquals(400, param.status());
        assertEquals("colour", param.json().get("field").asText());

        Answer path = get("no/such/path");
        assertEquals(404, path.status());
        assertNotNull(path.json().get("message"));
    }

    @Test
    public void consoleListsDepartmentsAndSearchesItems() {
        waitFor("hr", 30_000, () -> activeDepartments().contains("hr"));
        String departments = executeCommand("hall:departments");
        assertTrue(departments, departments.contains("hr") && departments.contains("南山区人力资源局") && departments.contains("ACTIVE"));
        String items = executeCommand("hall:items --department police");
        assertTrue(items, items.contains("police-household-transfer-card"));
        assertFalse(items, items.contains("hr-talent-introduction"));
        String search = executeCommand("hall:items 人才");
        assertTrue(search, search.contains("hr-talent-introduction"));
    }

    @Test
    public void theStockKarafAccountIsGoneAndAdminHasARandomPassword() throws IOException {
        waitFor("password file", 30_000, () -> Files.exists(passwordFile()) && initialPasswords().containsKey("approver-police"));
        Path users = Paths.get(System.getProperty("karaf.etc"), "users.properties");
        for (String line : Files.readAllLines(users)) {
            assertFalse("stock account in users.properties: " + line, line.trim().startsWith("karaf"));
        }
        assertEquals(401, send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(API + "me"))
                .header("Authorization", basic("karaf", "karaf")).GET(), null).status());

        Map<String, String> passwords = initialPasswords();
        assertTrue(passwords.keySet().containsAll(Set.of("admin", "clerk", "supervisor", "approver-health", "approver-hr", "approver-police")));
        assertEquals(16, passwords.get("admin").length());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));

        JsonNode me = get("me", "admin").json();
        assertEquals("admin", me.get("username").asText());
        assertTrue(me.get("roles").toString().contains("\"admin\""));
        assertTrue(get("me", "approver-hr").json().get("roles").toString().contains("dept:hr"));
        assertEquals(401, get("me").status());
    }

    @Test
    public void sshListensOnLoopbackOnly() throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", SSH_PORT), 2000);
            assertTrue(s.isConnected());
        }
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress addr : Collections.list(nif.getInetAddresses())) {
                if (addr instanceof Inet4Address && !addr.isLoopbackAddress()) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(addr, SSH_PORT), 1000);
                        throw new AssertionError("SSH answers on " + addr);
                    } catch (IOException refused) {
                        // expected: bound to 127.0.0.1 only
                    }
                }
            }
        }
    }

    @Test
    public void aBundleInstalledAtRuntimeShowsItsItemsWithinASecondAndLeavesWhenStopped() throws Exception {
        Bundle b = bundleContext.installBundle("file:" + fixture("sample-1.0.0.jar").getAbsolutePath());
        try {
            long t0 = System.nanoTime();
            b.start();
            long ms = waitFor("sample items over REST", 1_000, () -> get("items/sample-a").status() == 200);
            System.out.println("bundle start -> items over REST: " + ((System.nanoTime() - t0) / 1_000_000) + " ms (poll " + ms + " ms)");
            assertEquals(2, get("items?department=sample").json().size());

            b.stop();
            waitFor("sample items withdrawn", 5_000, () -> get("items/sample-a").status() == 404);
            assertEquals("WITHDRAWN", department("sample").get("status").asText());

            b.start();
            waitFor("sample back", 5_000, () -> get("items/sample-a").status() == 200);
            try (InputStream v2 = new FileInputStream(fixture("sample-2.0.0.jar"))) {
                b.update(v2);
            }
            waitFor("version 2 items", 5_000, () -> get("items/sample-c").status() == 200 && get("items/sample-a").status() == 404);
            assertEquals(Set.of("sample-c", "sample-d", "sample-e"), codes(get("items?department=sample").json()));
            assertEquals("2.0.0", department("sample").get("bundleVersion").asText());
        } finally {
            b.uninstall();
        }
        waitFor("sample gone", 5_000, () -> get("items/sample-c").status() == 404);
    }

    @Test
    public void aJarDroppedIntoDeployShowsItsItemsWithinASecond() throws Exception {
        Path deploy = Paths.get(System.getProperty("karaf.base"), "deploy", "dropin-1.0.0.jar");
        Path staged = Files.copy(fixture("dropin-1.0.0.jar").toPath(), deploy.resolveSibling(".dropin.tmp"), StandardCopyOption.REPLACE_EXISTING);
        long t0 = System.nanoTime();
        Files.move(staged, deploy, StandardCopyOption.ATOMIC_MOVE);
        try {
            waitFor("dropin items over REST", 1_000, () -> get("items/dropin-a").status() == 200);
            System.out.println("jar dropped into deploy/ -> items over REST: " + ((System.nanoTime() - t0) / 1_000_000) + " ms");
        } finally {
            Files.delete(deploy);
        }
        waitFor("dropin withdrawn", 10_000, () -> get("items/dropin-a").status() == 404);
    }

    @Test
    public void aBundleClaimingAnotherDepartmentsItemIsRefusedWithoutHarm() throws Exception {
        waitFor("hr", 30_000, () -> activeDepartments().contains("hr"));
        Bundle b = bundleContext.installBundle("file:" + fixture("thief-1.0.0.jar").getAbsolutePath());
        try {
            b.start();
            waitFor("thief refused", 5_000, () -> departments().stream().anyMatch(d -> d.get("code").asText().equals("thief")));
            JsonNode thief = departments().stream().filter(d -> d.get("code").asText().equals("thief")).findFirst().get();
            assertEquals("REFUSED", thief.get("status").asText());
            assertTrue(thief.get("message").asText(), thief.get("message").asText().contains("hr-talent-introduction"));
            assertEquals("hr", get("items/hr-talent-introduction").json().get("department").asText());
            assertEquals(404, get("items/thief-a").status());
            String console = executeCommand("hall:departments");
            assertTrue(console, console.contains("REFUSED"));
        } finally {
            b.uninstall();
        }
        waitFor("thief gone", 5_000, () -> departments().stream().noneMatch(d -> d.get("code").asText().equals("thief")));
    }

    private java.util.List<JsonNode> departments() {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        get("departments").json().forEach(out::add);
        return out;
    }

    private Set<String> activeDepartments() {
        Set<String> out = new HashSet<>();
        for (JsonNode d : departments()) {
            if (d.get("status").asText().equals("ACTIVE")) {
                out.add(d.get("code").asText());
            }
        }
        return out;
    }

    private JsonNode department(String code) {
        return departments().stream().filter(d -> d.get("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no department " + code));
    }

    private static Set<String> codes(JsonNode items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
