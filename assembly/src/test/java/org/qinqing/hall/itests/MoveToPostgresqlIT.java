package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Assume;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

/**
 * A Derby hall's data moved to PostgreSQL with {@code hall:db-copy} (README, "Moving a Derby hall to
 * PostgreSQL"): a hall of the same version starts once on the empty PostgreSQL database, the Derby
 * hall copies into it, and the PostgreSQL hall then shows every case with its status, the vault
 * material an approval issued, and an audit chain that verifies with every record. Runs with
 * {@code -Dhall.store=postgresql}; its own container stays on Derby.
 */
public class MoveToPostgresqlIT extends HallTestSupport {
    private static final String FIXED = "2026-03-02T10:00:00+08:00";

    @Override
    protected boolean onPostgresql() {
        return false;
    }

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock(FIXED)};
    }

    @Test
    public void everyCaseVaultMaterialAndAuditRecordArrivesAndTheChainVerifies() throws Exception {
        Assume.assumeTrue("needs PostgreSQL (-Dhall.store=postgresql)", TestStore.postgresql());
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            Answer a = post("cases", CrashIT.body(CrashIT.applicant(5000 + i)), "clerk");
            assertEquals(a.body(), 201, a.status());
            statuses.put(a.json().get("caseNumber").asText(), a.json().get("status").asText());
        }
        Answer cert = postJson("cases", IntakeIT.application("health-family-planning-certificate", IntakeIT.MAN,
                Map.of("maritalStatus", "未婚", "children", 0), List.of(IntakeIT.material("id-card")), "张三"), "clerk");
        String n = cert.json().get("caseNumber").asText();
        assertEquals(200, postJson("cases/" + n + "/review", Map.of(), "approver-health").status());
        Answer approved = postJson("cases/" + n + "/approve", Map.of(), "approver-health");
        assertEquals(approved.body(), 200, approved.status());
        statuses.put(n, "APPROVED");
        long issued = approved.json().get("results").get(0).asLong();
        JsonNode derbyChain = get("audit/verify", "supervisor").json();
        assertTrue(derbyChain.toString(), derbyChain.get("valid").asBoolean());

        // a new hall on PostgreSQL, started once so that its schema is there, then stopped
        TestStore.empty();
        Path home = Paths.get("target/move/pg").toAbsolutePath();
        try (HallProcess pg = HallProcess.unpack(home, 18581, 18501, Map.of("fixed", FIXED))) {
            TwoNodeIT.onPostgresql(home);
            pg.start();
            pg.close();

            Path password = Paths.get("target/move/password").toAbsolutePath();
            Files.writeString(password, TestStore.PASSWORD, StandardCharsets.UTF_8);
            String out = executeCommand("hall:db-copy --user " + TestStore.USER + " --password-file " + password + " " + TestStore.URL);
            assertTrue(out, out.contains("Copied") && out.contains("audit_log") && out.contains("vault_material"));

            pg.start();
            for (Map.Entry<String, String> e : statuses.entrySet()) {
                HttpResponse<String> c = pg.get("cases/" + e.getKey(), "clerk");
                assertEquals(e.getKey() + ": " + c.body(), 200, c.statusCode());
                assertEquals(e.getValue(), JSON.readTree(c.body()).get("status").asText());
            }
            HttpResponse<String> vault = pg.get("parties/" + IntakeIT.MAN + "/vault", "clerk");
            assertTrue(vault.body(), vault.body().contains("family-planning-certificate") && vault.body().contains(String.valueOf(issued)));
            HttpResponse<String> content = pg.get("vault/" + issued + "/content", "clerk");
            assertEquals(200, content.statusCode());
            assertTrue("the material's bytes arrived", content.body().length() > 0);
            JsonNode chain = JSON.readTree(pg.get("audit/verify", "supervisor").body());
            assertTrue(chain.toString(), chain.get("valid").asBoolean());
            assertTrue("every Derby record is in the chain: " + chain + " against " + derbyChain,
                    chain.get("records").asLong() >= derbyChain.get("records").asLong());
            System.out.println("moved to PostgreSQL: " + statuses.size() + " cases, vault material " + issued + ", audit chain of "
                    + chain.get("records").asLong() + " records verifies (" + derbyChain.get("records").asLong() + " on Derby)");
        }
    }
}
