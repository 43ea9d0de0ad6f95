package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.itests.fuzz.Fuzzer;

/**
 * Runs the description-driven fuzzer against the hall: 10,000 requests with a fixed seed in the normal build;
 * {@code -Dfuzz.requests=N -Dfuzz.seed=S -Dfuzz.threads=T} for longer or other runs. The report lands in
 * {@code assembly/target/fuzz-report.txt}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT extends HallTestSupport {
    private static final long SEED = 20261207L;
    private static final int REQUESTS = 10_000;
    /** Requests in flight at once: the hall answers them concurrently, as it does its clients */
    private static final int THREADS = 4;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
            // the shipped working-day schedules end with 2026: deadlines must stay inside them
            fixedClock("2026-03-02T10:00:00+08:00"),
            // the public rate limit would answer most public requests 429 and leave their code unexercised
            editConfigurationFilePut("etc/org.qinqing.hall.rest.cfg", "publicRequestsPerSecond", "1000000"),
            editConfigurationFilePut("etc/org.qinqing.hall.rest.cfg", "publicBurst", "1000000"),
            // likewise the login throttle (LoginSecurityIT tests it): the fuzzer's wrong-password caller would lock its
            // account and then this test's own address, and every later request would be a 429
            editConfigurationFilePut("etc/org.qinqing.hall.security.cfg", "accountFailures", "1000000"),
            editConfigurationFilePut("etc/org.qinqing.hall.security.cfg", "addressFailures", "1000000"),
            systemProperty("fuzz.requests").value(System.getProperty("fuzz.requests", String.valueOf(REQUESTS))),
            systemProperty("fuzz.threads").value(System.getProperty("fuzz.threads", String.valueOf(THREADS))),
            systemProperty("fuzz.seed").value(System.getProperty("fuzz.seed", String.valueOf(SEED))),
        };
    }

    @Test
    public void everyOperationSurvivesGeneratedRequestsFromEveryRoleAndNoRole() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", REQUESTS);
        long seed = Long.getLong("fuzz.seed", SEED);
        List<Fuzzer.Caller> callers = new ArrayList<>();
        for (Map.Entry<String, String> a : initialPasswords().entrySet()) {
            String user = a.getKey();
            Set<String> depts = user.startsWith("approver-") ? Set.of(user.substring("approver-".length())) : Set.of();
            callers.add(new Fuzzer.Caller(user, a.getValue(), depts));
        }
        // a wrong password only for an account that does not exist: login throttling must not lock real accounts
        callers.add(new Fuzzer.Caller("fuzz-nobody", "wrong", Set.of()));

        // cases of one department and a party with a profile: data other callers must not be shown, and audit records
        String[] seeded = seedCases();
        long auditBefore = get("audit/verify", "supervisor").json().get("records").asLong();

        Fuzzer fuzzer = new Fuzzer(URI.create(API), callers, seed);
        int operations = fuzzer.prepare();
        int threads = Integer.getInteger("fuzz.threads", THREADS);
        Fuzzer.Result r = fuzzer.run(requests, threads);

        JsonNode audit = get("audit/verify", "supervisor").json();
        String report = "fuzz run: seed " + seed + ", " + threads + " threads, " + r.requests() + " requests over " + operations + " operations in "
                + r.millis() + " ms (" + (r.requests() * 1000L / Math.max(1, r.millis())) + " requests/s)\n"
                + "statuses: " + r.statuses() + "\n"
                + "seeded cases " + String.join(", ", seeded) + "; audit records before the run: " + auditBefore + "\n"
                + "connections reset while sending a body over 64 KB to a refused request: " + r.resetWhileSending() + "\n"
                + "audit chain after the run: " + audit + "\n"
                + "findings: " + r.findings().size() + "\n"
                + r.findings().stream().limit(200).map(f -> "  " + f.status() + " " + f.problem() + "\n    request: "
                        + f.request() + "\n    answer: " + f.body()).collect(Collectors.joining("\n")) + "\n"
                + "per operation: " + r.perOperation() + "\n";
        Path out = Paths.get(System.getProperty("hall.root"), "assembly", "target", "fuzz-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);

        assertEquals(requests, r.requests());
        assertTrue("the description lists the whole API, found " + operations + " operations", operations > 40);
        assertTrue("every operation was exercised: " + r.perOperation(), r.perOperation().size() == operations);
        assertTrue(r.findings().size() + " findings, see " + out + "; first: " + r.findings().stream().limit(5)
                .map(Object::toString).collect(Collectors.joining("\n")), r.findings().isEmpty());
        assertTrue("audit chain intact after the run: " + audit, audit.get("valid").asBoolean());
        assertTrue("the chain has the seeded cases' records: " + audit, audit.get("records").asLong() >= auditBefore && auditBefore > 0);
    }

    /** Real answers of the main reads, each checked against the schema the description gives its operation. */
    @Test
    public void realAnswersAgreeWithTheirDocumentedSchemas() throws Exception {
        Answer doc = get("openapi.json");
        assertEquals("the description is public", 200, doc.status());
        JsonNode api = doc.json();
        String[][] reads = {
            {"/departments", "departments", null}, {"/items", "items", null}, {"/items", "items?q=rcyj", null},
            {"/items/{code}", "items/hr-talent-introduction", null}, {"/items/{code}", "items/talent-settlement", null},
            {"/composites", "composites", null}, {"/composites/stats", "composites/stats", null},
            {"/catalogue/report", "catalogue/report", null}, {"/calendar/years", "calendar/years", null},
            {"/calendar/today", "calendar/today", null}, {"/calendar/deadline", "calendar/deadline?from=2026-03-02&workingDays=20", null},
            {"/identity/check", "identity/check?number=11010519491231002X", null}, {"/me", "me", "clerk"},
            {"/cases", "cases", "supervisor"}, {"/sla/stats", "sla/stats", "supervisor"},
            {"/sla/notifications", "sla/notifications", "supervisor"}, {"/audit/verify", "audit/verify", "admin"},
        };
        List<String> wrong = new ArrayList<>();
        for (String[] r : reads) {
            Answer a = r[2] == null ? get(r[1]) : get(r[1], r[2]);
            assertEquals(r[1] + ": " + a.body(), 200, a.status());
            String d = Fuzzer.disagreement(api, "GET", r[0], a.json());
            if (d != null) {
                wrong.add(r[1] + ": " + d);
            }
        }
        assertTrue("answers that disagree with the description: " + wrong, wrong.isEmpty());
        // and the check can fail: a member the description lacks, a wrong type
        assertTrue(Fuzzer.disagreement(api, "GET", "/departments", JSON.readTree("[{\"code\":\"hr\",\"undocumented\":1}]")) != null);
        assertTrue(Fuzzer.disagreement(api, "GET", "/departments", JSON.readTree("[{\"itemCount\":\"many\"}]")) != null);
    }

    private String[] seedCases() {
        Answer a = postJson("cases", IntakeIT.application("police-no-criminal-record", IntakeIT.WOMAN, Map.of("purpose", "就业"),
                List.of(IntakeIT.material("id-card")), "李华"), "clerk");
        Answer b = postJson("cases", IntakeIT.application("police-residence-permit", IntakeIT.MAN, Map.of("residentSince", "2025-06-01"),
                List.of(IntakeIT.material("id-card"), IntakeIT.material("residence-proof")), "张伟"), "clerk");
        assertEquals(a.body(), 201, a.status());
        assertEquals(b.body(), 201, b.status());
        return new String[] {a.json().get("caseNumber").asText(), b.json().get("caseNumber").asText()};
    }
}
