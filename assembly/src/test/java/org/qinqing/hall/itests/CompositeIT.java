package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.qinqing.hall.api.identity.ResidentIds;

/**
 * 人才入户 (talent settlement) end to end over REST in the real hall: one application fans out to
 * health ∥ HR, then police with both documents from the vault; a member department stopped in the
 * middle and started again loses nothing; two approvers finishing the parallel steps at the same
 * instant start the join exactly once, round after round.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CompositeIT extends HallTestSupport {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00")};
    }

    /** A new person, born 1991, for each application. */
    static String person() {
        int n = PEOPLE.incrementAndGet();
        String body = String.format("440305199102%02d%03d", 1 + n / 900 % 28, 100 + n % 900);
        return body + ResidentIds.checkCharacter(body);
    }

    static Map<String, Object> talentSettlement(String person) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("maritalStatus", "未婚");
        form.put("children", 0);
        form.put("education", "硕士研究生");
        form.put("graduationDate", "2016-07-01");
        form.put("employer", "深圳市南山区某科技有限公司");
        form.put("employerCode", IntakeIT.COMPANY);
        form.put("originAddress", "湖南省长沙市岳麓区");
        form.put("settleAddress", "深圳市南山区粤海街道科技园社区");
        List<Map<String, Object>> materials = List.of(IntakeIT.material("id-card"), IntakeIT.material("degree"),
                IntakeIT.material("labour-contract"), Map.of("code", "photo", "contentType", "image/jpeg", "title", "证件照",
                        "content", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3})));
        return IntakeIT.application("talent-settlement", person, form, materials, "王五");
    }

    private JsonNode submit(Map<String, Object> body) {
        Answer a = postJson("cases", body, "clerk");
        assertEquals(a.body(), 201, a.status());
        return a.json();
    }

    private JsonNode composite(String number) {
        Answer a = get("cases/" + number, "clerk");
        assertEquals(a.body(), 200, a.status());
        return a.json();
    }

    private static JsonNode step(JsonNode composite, String id) {
        for (JsonNode s : composite.get("steps")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no step " + id + " in " + composite);
    }

    private JsonNode act(String number, String action, String user, Map<String, Object> body) {
        Answer a = postJson("cases/" + number + "/" + action, body, user);
        assertEquals(action + " " + number + " by " + user + ": " + a.body(), 200, a.status());
        return a.json();
    }

    private void approve(String number, String department) {
        act(number, "review", "approver-" + department, Map.of());
        act(number, "approve", "approver-" + department, Map.of());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    @Test
    public void talentSettlementEndToEnd() {
        JsonNode item = get("items/talent-settlement").json();
        assertTrue(item.get("composite").asBoolean());
        assertEquals("ACTIVE", item.get("status").asText());
        assertEquals(3, item.get("steps").size());
        JsonNode card = item.get("steps").get(2);
        assertEquals("transfer-card", card.get("id").asText());
        assertEquals("police-household-transfer-card", card.get("itemCode").asText());
        assertEquals("police", card.get("department").asText());
        assertEquals("[\"family-planning\",\"talent-introduction\"]", card.get("dependsOn").toString());
        assertTrue("critical path shorter than one by one: " + item,
                item.get("promisedLimitDays").asInt() < item.get("sequentialPromisedDays").asInt());
        assertEquals("searching finds the composite first", "talent-settlement", get("items?q=人才入户").json().get(0).get("code").asText());

        String person = person();
        JsonNode c = submit(talentSettlement(person));
        String number = c.get("caseNumber").asText();
        assertTrue(number, number.startsWith("NC"));
        assertTrue(c.get("composite").asBoolean());
        assertNotNull("the receipt carries the access code", c.get("receipt").get("accessCode").asText());
        assertEquals("RUNNING", step(c, "family-planning").get("status").asText());
        assertEquals("RUNNING", step(c, "talent-introduction").get("status").asText());
        assertEquals("WAITING", step(c, "transfer-card").get("status").asText());
        assertFalse("a waiting step has no sub-case yet", step(c, "transfer-card").has("caseNumber"));
        assertEquals(1, c.get("visits").asInt());
        String health = step(c, "family-planning").get("caseNumber").asText();
        String hr = step(c, "talent-introduction").get("caseNumber").asText();
        JsonNode healthCase = get("cases/" + health, "clerk").json();
        assertEquals(number + "/family-planning", healthCase.get("partOf").asText());
        assertEquals("sub-cases ride on the composite's one visit", 0, healthCase.get("visits").asInt());
        assertNotNull("each sub-case has its own clocks", healthCase.get("promisedDeadline").asText(null));

        assertEquals("an approver acts for their own department only", 403,
                postJson("cases/" + health + "/review", Map.of(), "approver-hr").status());
        assertEquals("the composite itself is decided step by step", 409,
                postJson("cases/" + number + "/approve", Map.of(), "approver-health").status());

        approve(health, "health");
        approve(hr, "hr");
        c = composite(number);
        JsonNode police = step(c, "transfer-card");
        assertEquals("RUNNING", police.get("status").asText());
        JsonNode policeCase = get("cases/" + police.get("caseNumber").asText(), "clerk").json();
        Map<String, Long> fed = new LinkedHashMap<>();
        for (JsonNode m : policeCase.get("materials")) {
            if (m.hasNonNull("vaultId")) {
                fed.put(m.get("code").asText(), m.get("vaultId").asLong());
            }
        }
        assertEquals("health's certificate feeds police from the vault",
                step(c, "family-planning").get("results").get(0).asLong(), (long) fed.get("family-planning"));
        assertEquals("HR's approval feeds police from the vault",
                step(c, "talent-introduction").get("results").get(0).asLong(), (long) fed.get("talent-approval"));
        assertTrue("the photo was uploaded once, at the composite's intake", fed.containsKey("photo"));

        approve(police.get("caseNumber").asText(), "police");
        c = composite(number);
        assertEquals("APPROVED", c.get("status").asText());
        c = act(number, "complete", "clerk", Map.of("delivery", "WINDOW", "window", "A03"));
        assertEquals("COMPLETED", c.get("status").asText());
        assertEquals("one visit to apply, one to collect (the seed: 4 → 2)", 2, c.get("visits").asInt());

        JsonNode progress = get("progress/" + number + "?suffix=" + person.substring(14)).json();
        assertEquals(3, progress.get("parts").size());
        for (JsonNode p : progress.get("parts")) {
            assertEquals("DONE", p.get("status").asText());
        }
        assertFalse("the public sees no names", progress.toString().contains("王五"));

        JsonNode stats = null;
        for (JsonNode s : get("composites/stats").json()) {
            if (s.get("code").asText().equals("talent-settlement")) {
                stats = s;
            }
        }
        assertTrue(stats.toString(), stats.get("approved").asInt() >= 1);
        String shown = executeCommand("hall:composite-show " + number);
        assertTrue(shown, shown.contains("transfer-card") && shown.contains("COMPLETED"));
        assertTrue(executeCommand("hall:composites").contains("talent-settlement"));
    }

    @Test
    public void aMemberDepartmentStoppedInTheMiddleAndStartedAgainLosesNothing() throws Exception {
        JsonNode c = submit(talentSettlement(person()));
        String number = c.get("caseNumber").asText();
        approve(step(c, "family-planning").get("caseNumber").asText(), "health");
        Bundle police = bundle("org.qinqing.hall.hall-dept-police");
        Bundle hrBundle = bundle("org.qinqing.hall.hall-dept-hr");
        police.stop();
        hrBundle.stop();
        try {
            waitFor("composite unavailable", 5_000, () -> get("items/talent-settlement").json().get("status").asText().equals("UNAVAILABLE"));
            String why = get("items/talent-settlement").json().get("message").asText();
            assertTrue(why, why.contains("police") && why.contains("hr"));
            Answer refused = postJson("cases", talentSettlement(person()), "clerk");
            assertEquals(refused.body(), 503, refused.status());
            assertTrue(refused.body(), refused.body().contains("police"));
            String hr = step(c, "talent-introduction").get("caseNumber").asText();
            assertEquals("HR's rules are away: no decision now", 503, postJson("cases/" + hr + "/review", Map.of(), "approver-hr").status());

            hrBundle.start();
            waitFor("hr back", 10_000, () -> get("items/hr-talent-introduction").status() == 200);
            approve(hr, "hr");
            c = composite(number);
            JsonNode card = step(c, "transfer-card");
            assertEquals("police is away: the step is ready and says what it waits for", "READY", card.get("status").asText());
            assertTrue(card.toString(), card.get("message").asText().contains("police"));
        } finally {
            if (hrBundle.getState() != Bundle.ACTIVE) {
                hrBundle.start();
            }
            police.start();
        }
        waitFor("police's step starts when police returns", 15_000,
                () -> step(composite(number), "transfer-card").get("status").asText().equals("RUNNING"));
        c = composite(number);
        assertEquals("IN_PROGRESS", c.get("status").asText());
        approve(step(c, "transfer-card").get("caseNumber").asText(), "police");
        assertEquals("APPROVED", composite(number).get("status").asText());
        assertEquals("ACTIVE", get("items/talent-settlement").json().get("status").asText());
        assertTrue(executeCommand("hall:audit-verify").contains("intact"));
    }

    @Test
    public void theCompositeBundleIsHotDeployableAndItsCasesOutliveIt() throws Exception {
        JsonNode c = submit(talentSettlement(person()));
        String number = c.get("caseNumber").asText();
        Bundle composite = bundle("org.qinqing.hall.hall-composite-talent-settlement");
        composite.stop();
        try {
            waitFor("composite withdrawn", 5_000, () -> get("items/talent-settlement").status() == 404);
            assertEquals(400, postJson("cases", talentSettlement(person()), "clerk").status());
            // the case keeps the steps it was accepted with, and goes on
            approve(step(composite(number), "family-planning").get("caseNumber").asText(), "health");
            approve(step(composite(number), "talent-introduction").get("caseNumber").asText(), "hr");
            assertEquals("RUNNING", step(composite(number), "transfer-card").get("status").asText());
        } finally {
            composite.start();
        }
        waitFor("composite back", 5_000, () -> get("items/talent-settlement").status() == 200);
        assertEquals("ACTIVE", get("items/talent-settlement").json().get("status").asText());
    }

    @Test
    public void aSubCaseApprovedWhileTheCompositeModuleIsStoppedMovesItsStepOnceTheModuleIsBack() throws Exception {
        JsonNode c = submit(talentSettlement(person()));
        String number = c.get("caseNumber").asText();
        String health = step(c, "family-planning").get("caseNumber").asText();
        Bundle module = bundle("org.qinqing.hall.hall-composite");
        module.stop();
        try {
            approve(health, "health"); // the case event goes nowhere: no composite module listens
            assertEquals("APPROVED", get("cases/" + health, "clerk").json().get("status").asText());
        } finally {
            module.start();
        }
        // the module's sweep (5 s after its start) finds the step its sub-case left behind
        waitFor("the stranded step moved", 60_000, () -> {
            Answer a = get("cases/" + number, "clerk");
            return a.status() == 200 && "DONE".equals(step(a.json(), "family-planning").get("status").asText());
        });
        assertEquals("RUNNING", step(composite(number), "talent-introduction").get("status").asText());
    }

    @Test
    public void twoApproversFinishingTheParallelStepsAtTheSameInstantStartTheJoinExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Set<String> cards = new HashSet<>();
        List<String> numbers = new ArrayList<>();
        try {
            for (int round = 0; round < 25; round++) {
                String person = person();
                JsonNode c = submit(talentSettlement(person));
                String number = c.get("caseNumber").asText();
                numbers.add(number);
                String health = step(c, "family-planning").get("caseNumber").asText();
                String hr = step(c, "talent-introduction").get("caseNumber").asText();
                act(health, "review", "approver-health", Map.of());
                act(hr, "review", "approver-hr", Map.of());
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Answer> a = pool.submit(() -> {
                    together.await();
                    return postJson("cases/" + health + "/approve", Map.of(), "approver-health");
                });
                Future<Answer> b = pool.submit(() -> {
                    together.await();
                    return postJson("cases/" + hr + "/approve", Map.of(), "approver-hr");
                });
                assertEquals(a.get().body(), 200, a.get().status());
                assertEquals(b.get().body(), 200, b.get().status());
                JsonNode card = step(composite(number), "transfer-card");
                assertEquals("round " + round, "RUNNING", card.get("status").asText());
                assertTrue("round " + round + ": a new sub-case", cards.add(card.get("caseNumber").asText()));
                JsonNode policeCases = get("cases?item=police-household-transfer-card&applicant=" + person, "clerk").json();
                assertEquals("round " + round + ": exactly one police sub-case for " + number, 1, policeCases.size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(25, cards.size());
    }

    /** The restaurant composite's sample application (bundles/restaurant RestaurantSample, for 2026-03-02). */
    static Map<String, Object> restaurant(String founder) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("enterpriseName", "深圳味湘餐饮管理有限公司");
        f.put("tradeName", "味湘");
        f.put("organisationForm", "有限责任公司");
        f.put("registeredCapital", 50);
        f.put("investors", 1);
        f.put("contributionDeadline", "2029-03-02");
        f.put("legalRepresentativeId", founder);
        f.put("businessScope", "餐饮服务；食品销售；餐饮管理。");
        f.put("address", "深圳市南山区南头街道南山大道2088号一层101室");
        f.put("premisesArea", 120);
        f.put("processingArea", 35);
        f.put("staff", 8);
        f.put("healthCertified", 8);
        f.put("safetyManagers", 1);
        f.put("pollutionDistance", 60);
        f.put("onlineSales", true);
        f.put("taxpayerType", "小规模纳税人");
        f.put("taxOfficerId", "440305199003122144");
        f.put("taxOfficerPhone", "13912345678");
        f.put("specialInvoices", 10);
        f.put("ordinaryInvoices", 50);
        f.put("invoiceLimit", "十万元");
        f.put("establishedOn", "2026-03-02");
        f.put("employees", 8);
        f.put("bankAccount", "44250100003809876543");
        f.put("contactPhone", "13812345678");
        f.put("mode", "告知承诺");
        f.put("floor", 1);
        f.put("maxRoomArea", 80);
        f.put("occupancy", 60);
        f.put("designOccupancy", 80);
        f.put("text", "味湘湘菜馆");
        f.put("position", "一层门楣");
        f.put("shopfrontWidth", 8);
        f.put("width", 6);
        f.put("height", 1.2);
        f.put("projection", 0.3);
        f.put("illuminated", true);
        f.put("projectName", "深圳味湘餐饮管理有限公司南山大道餐饮店项目");
        f.put("eiaCategory", "名录规定填报环境影响登记表");
        f.put("operationDate", "2026-04-02");
        f.put("totalInvestment", 80);
        List<Map<String, Object>> materials = new ArrayList<>();
        for (String code : List.of("legal-rep-id", "articles", "investor-ids", "premises", "layout", "safety-rules",
                "manager-certificate", "tax-officer-id", "staff-list", "fire-acceptance", "floor-plan", "fire-rules", "commitment", "design")) {
            materials.add(IntakeIT.material(code));
        }
        return IntakeIT.application("restaurant-opening", founder, f, materials, "李明");
    }

    @Test
    public void openingARestaurantIsOneApplicationAcrossSixDepartments() {
        JsonNode item = get("items/restaurant-opening").json();
        assertEquals(item.toString(), "ACTIVE", item.get("status").asText());
        assertEquals(7, item.get("steps").size());
        Set<String> departments = new HashSet<>();
        item.get("steps").forEach(s -> departments.add(s.get("department").asText()));
        assertEquals(6, departments.size());

        String founder = person();
        JsonNode c = submit(restaurant(founder));
        String number = c.get("caseNumber").asText();
        assertEquals("the business licence is issued at once (秒批)", "DONE", step(c, "licence").get("status").asText());
        String enterprise = null;
        for (JsonNode s : c.get("steps")) {
            if (s.get("id").asText().equals("licence")) {
                continue;
            }
            assertTrue("started at once, or already approved by rule (秒批): " + s, Set.of("RUNNING", "DONE").contains(s.get("status").asText()));
            JsonNode sub = get("cases/" + s.get("caseNumber").asText(), "clerk").json();
            assertEquals("each later step is the new enterprise's, the founder its agent", "ENTERPRISE", sub.get("applicantKind").asText());
            assertEquals(founder.substring(14), sub.get("agent").asText().substring(sub.get("agent").asText().length() - 4));
            enterprise = sub.get("applicant").asText();
            if (sub.get("status").asText().equals("ACCEPTED")) {
                approve(sub.get("caseNumber").asText(), s.get("department").asText());
            }
        }
        assertNotNull(enterprise);
        c = composite(number);
        assertEquals(c.toString(), "APPROVED", c.get("status").asText());
        assertEquals(1, c.get("visits").asInt());
    }
}
