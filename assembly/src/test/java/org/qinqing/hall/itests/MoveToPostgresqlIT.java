package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.junit.Test;

/**
 * A Derby hall's data moved to PostgreSQL with {@code hall:db-copy} (README, "Moving a Derby hall to
 * PostgreSQL"), with two real distributions: a hall of the same version starts once on the empty
 * PostgreSQL database, the Derby hall copies into it (its console, over SSH), and the PostgreSQL hall
 * then shows every case with its status, the vault material an approval issued (its bytes too), and
 * an audit chain that verifies with every record. Runs with {@code -Dhall.store=postgresql}.
 */
public class MoveToPostgresqlIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXED = "2026-03-02T10:00:00+08:00";

    @Test
    public void everyCaseVaultMaterialAndAuditRecordArrivesAndTheChainVerifies() throws Exception {
        Assume.assumeTrue("needs PostgreSQL (-Dhall.store=postgresql)", TestStore.postgresql());
        Path base = Paths.get("target/move").toAbsolutePath();
        try (HallProcess derby = HallProcess.unpack(base.resolve("derby"), 18681, 18601, Map.of("fixed", FIXED));
             HallProcess pg = HallProcess.unpack(base.resolve("pg"), 18581, 18501, Map.of("fixed", FIXED))) {
            derby.start();
            Map<String, String> statuses = new LinkedHashMap<>();
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> a = derby.post("cases", CrashIT.body(CrashIT.applicant(5000 + i)), "clerk", "move-" + i);
                assertEquals(a.body(), 201, a.statusCode());
                statuses.put(JSON.readTree(a.body()).get("caseNumber").asText(), JSON.readTree(a.body()).get("status").asText());
            }
            HttpResponse<String> cert = derby.post("cases", JSON.writeValueAsString(IntakeIT.application("health-family-planning-certificate",
                    IntakeIT.MAN, Map.of("maritalStatus", "未婚", "children", 0), List.of(IntakeIT.material("id-card")), "张三")), "clerk", null);
            assertEquals(cert.body(), 201, cert.statusCode());
            String n = JSON.readTree(cert.body()).get("caseNumber").asText();
            assertEquals(200, derby.post("cases/" + n + "/review", "{}", "approver-health", null).statusCode());
            HttpResponse<String> approved = derby.post("cases/" + n + "/approve", "{}", "approver-health", null);
            assertEquals(approved.body(), 200, approved.statusCode());
            statuses.put(n, "APPROVED");
            long issued = JSON.readTree(approved.body()).get("results").get(0).asLong();
            JsonNode derbyChain = JSON.readTree(derby.get("audit/verify", "supervisor").body());
            assertTrue(derbyChain.toString(), derbyChain.get("valid").asBoolean());

            // a new hall on PostgreSQL, started once so that its schema is there, then stopped
            TestStore.empty();
            TwoNodeIT.onPostgresql(base.resolve("pg"));
            pg.start();
            pg.close();

            Path password = base.resolve("password");
            Files.writeString(password, TestStore.PASSWORD, StandardCharsets.UTF_8);
            String out = console(derby, base.resolve("derby"), 18601,
                    "hall:db-copy --user " + TestStore.USER + " --password-file " + password + " " + TestStore.URL);
            assertTrue(out, out.contains("Copied") && out.contains("audit_log") && out.contains("vault_material"));

            // the accounts are in the database: the moved hall has the Derby hall's, with their passwords
            Files.copy(derby.passwordFile(), pg.passwordFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            pg.passwordsInUse(derby.passwordsInUse());
            pg.start();
            for (Map.Entry<String, String> e : statuses.entrySet()) {
                HttpResponse<String> c = pg.get("cases/" + e.getKey(), "clerk");
                assertEquals(e.getKey() + ": " + c.body(), 200, c.statusCode());
                assertEquals(e.getValue(), JSON.readTree(c.body()).get("status").asText());
            }
            HttpResponse<String> vault = pg.get("parties/" + IntakeIT.MAN + "/vault", "clerk");
            assertTrue(vault.body(), vault.body().contains("family-planning-certificate") && vault.body().contains(String.valueOf(issued)));
            HttpResponse<String> content = pg.get("vault/" + issued + "/content", "clerk");
            assertEquals(content.body(), 200, content.statusCode());
            assertTrue("the material's bytes arrived", content.body().length() > 0);
            JsonNode chain = JSON.readTree(pg.get("audit/verify", "supervisor").body());
            assertTrue(chain.toString(), chain.get("valid").asBoolean());
            assertTrue("every Derby record is in the chain: " + chain + " against " + derbyChain,
                    chain.get("records").asLong() >= derbyChain.get("records").asLong());
            System.out.println("moved to PostgreSQL: " + statuses.size() + " cases, vault material " + issued + ", audit chain of "
                    + chain.get("records").asLong() + " records verifies (" + derbyChain.get("records").asLong() + " on Derby)");
        }
    }

    /** Runs a console command as admin over the hall's SSH port (bin/client) and returns what it printed. */
    private static String console(HallProcess hall, Path home, int sshPort, String command) throws Exception {
        String password = hall.password("admin"); // the first-start password, changed as the hall requires
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "sleep 20 | bin/client -a " + sshPort + " -u admin -p \"$HALL_PW\" \"$HALL_CMD\"")
                .directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("HALL_PW", password);
        pb.environment().put("HALL_CMD", command);
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("the console command ended", p.waitFor(120, TimeUnit.SECONDS));
        return out;
    }
}
