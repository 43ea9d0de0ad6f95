package org.qinqing.hall.composite.restaurant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.dept.ecology.EcologyDepartment;
import org.qinqing.hall.dept.emergency.EmergencyDepartment;
import org.qinqing.hall.dept.market.MarketDepartment;
import org.qinqing.hall.dept.social.SocialDepartment;
import org.qinqing.hall.dept.tax.TaxDepartment;
import org.qinqing.hall.dept.urban.UrbanDepartment;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.Step;
import org.qinqing.hall.spi.contract.CompositeContract;
import org.qinqing.hall.spi.contract.FormValues;
import org.qinqing.hall.spi.contract.TestApplication;

/**
 * The composite against the real items and rules of its six departments, and the sample
 * application ({@link RestaurantSample}) through every step, built the way the platform's step
 * starter builds each sub-case.
 */
public class RestaurantOpeningTest {
    private static final List<String> PARALLEL = List.of("food-licence", "tax", "social-insurance", "fire-safety", "eia", "signboard");

    private final Composite composite = new RestaurantOpening().composites().get(0);
    private final List<DepartmentPlugin> members = List.of(new MarketDepartment(), new TaxDepartment(), new SocialDepartment(),
            new EmergencyDepartment(), new EcologyDepartment(), new UrbanDepartment());

    @Test
    public void keepsTheContractWithTheRealDepartments() {
        CompositeContract.assertValid(composite, members);
        assertEquals("restaurant-opening", composite.code());
        assertEquals(PartyType.PERSON, composite.party());
        assertEquals(7, composite.steps().size());
        assertEquals(6, composite.steps().stream().map(Step::department).distinct().count());
    }

    @Test
    public void theLicenceComesFirstAndEverythingElseAfterItForTheNewEnterprise() {
        Step licence = composite.step("licence");
        assertEquals("market", licence.department());
        assertEquals("market-business-registration", licence.itemCode());
        assertEquals(List.of(), licence.dependsOn());
        assertNull(licence.applicantFrom());
        assertEquals("licence", composite.steps().get(0).id());
        for (String id : PARALLEL) {
            Step s = composite.step(id);
            assertNotNull(id, s);
            assertEquals(id, List.of("licence"), s.dependsOn());
            assertEquals(id, new Step.ApplicantFrom("licence", "business-licence", "creditCode", "name"), s.applicantFrom());
            Item item = item(s);
            assertEquals(id, PartyType.ENTERPRISE, item.party());
            if (item.material("business-licence") != null) {
                assertEquals(id, Map.of("business-licence", "licence"), s.results());
            } else {
                assertEquals(id, Map.of(), s.results());
            }
        }
        assertEquals(1 + PARALLEL.size(), composite.steps().size());
    }

    /**
     * The numbers the catalogue shows, computed as the platform does (critical path vs. the steps one
     * after another, over each item's limits; visits summed over the items).
     */
    @Test
    public void theCriticalPathIsTheLicenceAndTheSlowestParallelStep() {
        assertEquals(3, criticalPath(true));
        assertEquals(5, sequential(true));
        assertEquals(23, criticalPath(false));
        assertEquals(60, sequential(false));
        assertEquals(2, composite.steps().stream().mapToInt(s -> item(s).maxVisits()).sum());
    }

    /** What the composite's one-window intake checks before anything is written: see CompositeIntake. */
    @Test
    public void theSampleIsACompleteAndValidSharedApplication() {
        Map<String, FormField> fields = sharedFields();
        Map<String, Material> materials = sharedMaterials();
        Map<String, Object> form = RestaurantSample.form();
        for (Map.Entry<String, Object> e : form.entrySet()) {
            FormField f = fields.get(e.getKey());
            assertNotNull("the composite has no shared field " + e.getKey(), f);
            FormValues.convert(f, e.getValue(), RestaurantSample.ON);
        }
        for (Step s : composite.steps()) {
            for (FormField f : item(s).fields()) {
                String key = s.fields().getOrDefault(f.key(), f.key());
                if (f.required() && !s.values().containsKey(f.key())) {
                    assertNotNull(key + " is required by step " + s.id(), form.get(key));
                }
            }
        }
        Set<String> given = new LinkedHashSet<>();
        for (Map<String, Object> m : RestaurantSample.materials()) {
            assertEquals(Set.of("code", "presented"), m.keySet());
            assertEquals(Boolean.TRUE, m.get("presented"));
            String code = (String) m.get("code");
            assertTrue("the composite asks for no material " + code, materials.containsKey(code));
            assertTrue(code + " given twice", given.add(code));
        }
        for (Step s : composite.steps()) {
            for (Material m : item(s).materials()) {
                if (m.required() && !s.results().containsKey(m.code())) {
                    String code = s.materials().getOrDefault(m.code(), m.code());
                    assertTrue(code + " is needed by step " + s.id(), given.contains(code));
                }
            }
        }
    }

    @Test
    public void everyStepOfTheSampleIsAcceptedAndPassesReview() {
        assertEquals(List.of(), run(RestaurantSample.form(), RestaurantSample.ON));
    }

    @Test
    public void theSampleWorksOnAnotherDayWithItsDatesMoved() {
        LocalDate on = LocalDate.of(2027, 1, 11);
        assertEquals(List.of(), run(RestaurantSample.form(on), on));
    }

    /** The harness has teeth: what a department refuses shows up at the step that refuses it. */
    @Test
    public void aSampleTheDepartmentsWouldRefuseIsCaughtAtItsSteps() {
        Map<String, Object> form = RestaurantSample.form();
        form.put("businessScope", "食品销售。");
        form.put("pollutionDistance", 10);
        form.put("occupancy", 100);
        form.put("text", "味湘湘菜馆 13812345678");
        List<String> problems = run(form, RestaurantSample.ON);
        assertEquals(problems.toString(), 3, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("food-licence: review"));
        assertTrue(problems.get(0), problems.get(0).contains("25米") && problems.get(0).contains("经营范围"));
        assertTrue(problems.get(1), problems.get(1).startsWith("fire-safety: review"));
        assertTrue(problems.get(2), problems.get(2).startsWith("signboard: review"));
    }

    @Test
    public void theBusinessLicenceNamesTheEnterpriseTheLaterStepsApplyFor() {
        Step licence = composite.step("licence");
        Application app = application(licence, RestaurantSample.form(), Map.of(), RestaurantSample.ON);
        List<IssuedDocument> docs = handler(licence).issue(app);
        IssuedDocument doc = docs.stream().filter(d -> d.kind().equals("business-licence")).findFirst().orElseThrow();
        String code = doc.attributes().get("creditCode");
        assertEquals(code, CreditCodes.validate(code));
        assertTrue(code, code.startsWith("91440300"));
        assertEquals(RestaurantSample.ENTERPRISE_NAME, doc.attributes().get("name"));
        assertTrue(doc.attributes().get("businessScope").contains("餐饮"));
    }

    @Test
    public void theContractWouldCatchTheCategoryClashIfTheStepsDidNotResolveIt() {
        Composite naive = Composite.of("naive-restaurant", "未处理字段冲突的开餐馆")
                .step(Step.of("licence", "market", "market-business-registration"))
                .step(Step.of("food-licence", "market", "market-food-business-licence").after("licence"))
                .step(Step.of("fire-safety", "emergency", "emergency-fire-safety-check").after("licence"))
                .step(Step.of("eia", "ecology", "ecology-eia-registration").after("licence"))
                .build();
        List<String> v = CompositeContract.violations(naive, members);
        assertEquals(v.toString(), 2, v.size());
        assertTrue(v.toString(), v.stream().allMatch(x -> x.startsWith("shared field 'category'")));
    }

    /**
     * Runs every step in order, each fed with the documents the earlier steps issued, as the platform would.
     *
     * @return what stops a step: a required field or material missing, a check that does not accept, review findings
     */
    private List<String> run(Map<String, Object> form, LocalDate on) {
        Map<String, List<IssuedDocument>> issued = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Step s : composite.steps()) {
            for (String d : s.dependsOn()) {
                assertTrue(s.id() + " runs after " + d, issued.containsKey(d));
            }
            Application app = application(s, form, issued, on);
            Item item = item(s);
            for (FormField f : item.fields()) {
                if (f.required() && !app.form().containsKey(f.key())) {
                    problems.add(s.id() + ": field " + f.key() + " missing");
                }
            }
            for (Material m : item.materials()) {
                if (m.required() && app.material(m.code()) == null) {
                    problems.add(s.id() + ": material " + m.code() + " missing");
                }
            }
            ApprovalHandler h = handler(s);
            CheckResult check = h.check(app);
            if (check.outcome() != CheckResult.Outcome.ACCEPT) {
                problems.add(s.id() + ": check " + check);
            }
            List<Finding> findings = h.review(app);
            if (!findings.isEmpty()) {
                problems.add(s.id() + ": review " + findings);
            }
            issued.put(s.id(), h.issue(app));
            assertEquals(s.id(), 1, issued.get(s.id()).size());
        }
        return problems;
    }

    /**
     * @return the step's application exactly as StepStarter builds its sub-case: each item field from
     *         its fixed value or from the shared form (under the mapped name), each material from an
     *         earlier step's document or from the shared materials (under the mapped code), the
     *         applicant from the earlier step's document when the step names one
     */
    private Application application(Step s, Map<String, Object> shared, Map<String, List<IssuedDocument>> issued, LocalDate on) {
        Item item = item(s);
        TestApplication b = TestApplication.of(item).on(on).channel(Channel.COUNTER);
        for (FormField f : item.fields()) {
            if (s.values().containsKey(f.key())) {
                b.form(f.key(), s.values().get(f.key()));
            } else {
                Object v = shared.get(s.fields().getOrDefault(f.key(), f.key()));
                if (v != null) {
                    b.form(f.key(), v);
                }
            }
        }
        Set<String> given = new LinkedHashSet<>(RestaurantSample.MATERIALS);
        for (Material m : item.materials()) {
            String from = s.results().get(m.code());
            if (from != null) {
                IssuedDocument doc = document(issued, from, m.kind());
                b.material(m.code(), doc.validUntil(), doc.attributes());
            } else if (given.contains(s.materials().getOrDefault(m.code(), m.code()))) {
                b.material(m.code());
            }
        }
        Step.ApplicantFrom af = s.applicantFrom();
        if (af == null) {
            b.applicant(RestaurantSample.FOUNDER).name(RestaurantSample.FOUNDER_NAME);
        } else {
            IssuedDocument doc = document(issued, af.step(), af.documentKind());
            assertNotNull(s.id() + ": no " + af.numberAttribute() + " on the " + af.documentKind(), doc.attributes().get(af.numberAttribute()));
            b.applicant(doc.attributes().get(af.numberAttribute())).name(doc.attributes().get(af.nameAttribute()));
        }
        return b.build();
    }

    /** @return the document of the kind the step issued, its first one if none has the kind (as StepStarter picks it) */
    private static IssuedDocument document(Map<String, List<IssuedDocument>> issued, String step, String kind) {
        List<IssuedDocument> docs = issued.get(step);
        assertNotNull("step " + step + " has issued nothing yet", docs);
        assertTrue("step " + step + " issued nothing", !docs.isEmpty());
        return docs.stream().filter(d -> d.kind().equals(kind)).findFirst().orElse(docs.get(0));
    }

    /** @return the shared form's fields, as the platform derives them (see Definitions) */
    private Map<String, FormField> sharedFields() {
        Map<String, FormField> out = new LinkedHashMap<>();
        for (Step s : composite.steps()) {
            for (FormField f : item(s).fields()) {
                if (!s.values().containsKey(f.key())) {
                    String key = s.fields().getOrDefault(f.key(), f.key());
                    FormField known = out.get(key);
                    if (known == null || f.required() && !known.required()) {
                        out.put(key, f);
                    }
                }
            }
        }
        return out;
    }

    /** @return the shared materials, as the platform derives them (those fed by earlier steps excluded) */
    private Map<String, Material> sharedMaterials() {
        Map<String, Material> out = new LinkedHashMap<>();
        for (Step s : composite.steps()) {
            for (Material m : item(s).materials()) {
                if (!s.results().containsKey(m.code())) {
                    out.putIfAbsent(s.materials().getOrDefault(m.code(), m.code()), m);
                }
            }
        }
        return out;
    }

    private int criticalPath(boolean promised) {
        Map<String, Integer> finish = new HashMap<>();
        int longest = 0;
        for (Step s : composite.steps()) {
            int start = s.dependsOn().stream().mapToInt(finish::get).max().orElse(0);
            int end = start + days(s, promised);
            finish.put(s.id(), end);
            longest = Math.max(longest, end);
        }
        return longest;
    }

    private int sequential(boolean promised) {
        return composite.steps().stream().mapToInt(s -> days(s, promised)).sum();
    }

    private int days(Step s, boolean promised) {
        return promised ? item(s).promisedLimit() : item(s).legalLimit();
    }

    private DepartmentPlugin department(Step s) {
        return members.stream().filter(d -> d.code().equals(s.department())).findFirst().orElseThrow();
    }

    private Item item(Step s) {
        return department(s).items().stream().filter(i -> i.code().equals(s.itemCode())).findFirst().orElseThrow();
    }

    private ApprovalHandler handler(Step s) {
        return department(s).handler(s.itemCode());
    }
}
