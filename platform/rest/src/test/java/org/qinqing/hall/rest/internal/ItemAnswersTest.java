package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CatalogueReport;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.CompositeStats;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.api.PublicProgress;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.rest.internal.views.ItemView;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;

/** The kept answers of GET /items: the same bytes as building the answer afresh, and never older than the catalogue. */
public class ItemAnswersTest {
    private final FakeCatalogue catalogue = new FakeCatalogue();
    private final FakeComposites composites = new FakeComposites();
    private long now = 1_000_000_000L;
    private final ItemAnswers answers = new ItemAnswers(catalogue, composites, () -> now);

    @Test
    public void keepsTheAnswerAndItIsWhatTheResourceAlwaysAnswered() throws Exception {
        catalogue.department("hr", item("hr-talent", "在职人才引进核准"), item("hr-grad", "毕业生接收"));
        catalogue.department("police", item("police-card", "户籍迁入指标卡（人才引进）"));
        composites.set(composite("talent-settlement", "人才入户", "ACTIVE", PartyType.PERSON));

        byte[] first = answers.json(null, "人才", null, null);
        assertEquals(fresh(null, "人才", null, null), text(first));
        assertTrue(text(first), text(first).startsWith("[{\"code\":\"talent-settlement\""));
        assertSame("kept", first, answers.json(null, "人才", null, null));

        // composites only for words alone
        assertEquals(fresh("hr", "人才", null, null), text(answers.json("hr", "人才", null, null)));
        assertEquals(fresh(null, "人才", null, Flag.ONE_WINDOW), text(answers.json(null, "人才", null, Flag.ONE_WINDOW)));
        assertEquals(fresh(null, "  ", null, null), text(answers.json(null, "  ", null, null)));
        assertEquals(fresh(null, null, PartyType.ENTERPRISE, null), text(answers.json(null, null, PartyType.ENTERPRISE, null)));
        assertEquals(fresh(null, " 人才 ", PartyType.ENTERPRISE, null), text(answers.json(null, " 人才 ", PartyType.ENTERPRISE, null)));
        assertEquals("[]", text(answers.json(null, "zzz", null, null)));
    }

    @Test
    public void aDepartmentComingOrGoingChangesTheAnswerAtOnce() throws Exception {
        catalogue.department("hr", item("hr-talent", "在职人才引进核准"));
        byte[] before = answers.json(null, "人才", null, null);

        catalogue.department("sci", item("sci-talent", "人才引进补贴"));
        byte[] after = answers.json(null, "人才", null, null);
        assertNotSame(before, after);
        assertEquals(fresh(null, "人才", null, null), text(after));
        assertTrue(text(after).contains("sci-talent"));

        catalogue.withdraw("sci");
        assertEquals(fresh(null, "人才", null, null), text(answers.json(null, "人才", null, null)));
        assertTrue(!text(answers.json(null, "人才", null, null)).contains("sci-talent"));
    }

    @Test
    public void aCompositeMadeUnavailableByADepartmentLeavingLeavesTheAnswerAtOnce() throws Exception {
        catalogue.department("hr", item("hr-talent", "在职人才引进核准"));
        catalogue.department("police", item("police-card", "户籍迁入指标卡"));
        composites.set(composite("talent-settlement", "人才入户", "ACTIVE", PartyType.PERSON));
        assertTrue(text(answers.json(null, "人才", null, null)).contains("talent-settlement"));
        int calls = composites.calls.get();
        answers.json(null, "人才", null, null);
        assertEquals("the composite snapshot is reused while nothing changes", calls, composites.calls.get());

        // police leaves: the composite service now says UNAVAILABLE, and the catalogue changed, so no waiting
        composites.set(composite("talent-settlement", "人才入户", "UNAVAILABLE", PartyType.PERSON));
        catalogue.withdraw("police");
        assertEquals(fresh(null, "人才", null, null), text(answers.json(null, "人才", null, null)));
        assertTrue(!text(answers.json(null, "人才", null, null)).contains("talent-settlement"));
    }

    @Test
    public void aCompositeBundleComingOrGoingShowsWithinATenthOfASecond() throws Exception {
        catalogue.department("hr", item("hr-talent", "在职人才引进核准"));
        composites.set(composite("talent-settlement", "人才入户", "ACTIVE", PartyType.PERSON));
        assertTrue(text(answers.json(null, "人才", null, null)).contains("talent-settlement"));

        composites.set(); // the composite bundle stopped: the catalogue does not see it
        now += ItemAnswers.COMPOSITES_MAX_AGE_NANOS - 1;
        assertTrue(text(answers.json(null, "人才", null, null)).contains("talent-settlement"));
        now += 1;
        assertEquals(fresh(null, "人才", null, null), text(answers.json(null, "人才", null, null)));
        assertTrue(!text(answers.json(null, "人才", null, null)).contains("talent-settlement"));

        composites.set(composite("talent-settlement", "人才入户", "ACTIVE", PartyType.PERSON));
        now += ItemAnswers.COMPOSITES_MAX_AGE_NANOS;
        assertTrue(text(answers.json(null, "人才", null, null)).contains("talent-settlement"));
    }

    @Test
    public void keptAnswersAreBounded() throws Exception {
        catalogue.department("hr", item("hr-talent", "在职人才引进核准"));
        for (int i = 0; i < ItemAnswers.MAX_ANSWERS * 2 + 5; i++) {
            assertArrayEquals("[]".getBytes(StandardCharsets.UTF_8), answers.json(null, "zzz" + i, null, null));
        }
        assertTrue(answers.size() <= ItemAnswers.MAX_ANSWERS);
        assertEquals(fresh(null, "人才", null, null), text(answers.json(null, "人才", null, null)));
    }

    /** The answer as ItemResource built it before answers were kept. */
    private String fresh(String department, String q, PartyType party, Flag flag) throws Exception {
        List<ItemView> items = catalogue.items(new ItemQuery(department, q, party, flag)).stream().map(ItemView::of).toList();
        List<ItemView> out = new ArrayList<>();
        if (!(q == null || q.isBlank() || department != null || flag != null)) {
            for (CompositeInfo c : composites.composites()) {
                if (c.active() && (party == null || c.party() == party || c.party() == PartyType.BOTH)
                        && (c.code().contains(q.trim()) || c.name().contains(q.trim()) || c.description().contains(q.trim())
                        || c.steps().stream().anyMatch(s -> s.itemName() != null && s.itemName().contains(q.trim())))) {
                    out.add(ItemView.of(c));
                }
            }
        }
        out.addAll(items);
        return Json.mapper().writeValueAsString(out);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    private static Item item(String code, String name) {
        return Item.of(code, name).legalBasis("《测试条例》").limits(20, 10).flags(Flag.ONE_WINDOW).build();
    }

    private static CompositeInfo composite(String code, String name, String status, PartyType party) {
        List<CompositeInfo.StepInfo> steps = List.of(
                new CompositeInfo.StepInfo("a", "hr-talent", "在职人才引进核准", "hr", "人力资源局", List.of(), 5, 20, true),
                new CompositeInfo.StepInfo("b", "police-card", null, "police", null, List.of("a"), 0, 0, false));
        return new CompositeInfo(code, name, "一次申请，人才引进和户籍迁入", party, status, null, "b.composite", "1.0.0", steps, 10, 40, 10, 40,
                1, 2, List.of(), List.of());
    }

    /** A catalogue like the real one: a new department list for every change, the same item objects while a department stays. */
    private static final class FakeCatalogue implements Catalogue {
        private final List<CatalogueItem> items = new ArrayList<>();
        private List<DepartmentInfo> departments = List.of();

        void department(String code, Item... offered) {
            for (Item i : offered) {
                items.add(new CatalogueItem(i, code, "部门" + code, Level.DISTRICT, "1.0.0"));
            }
            changed();
        }

        void withdraw(String code) {
            items.removeIf(ci -> ci.department().equals(code));
            changed();
        }

        private void changed() {
            List<DepartmentInfo> list = new ArrayList<>();
            items.stream().map(CatalogueItem::department).distinct().forEach(d -> list.add(
                    new DepartmentInfo(d, "部门" + d, Level.DISTRICT, 1, "b." + d, "1.0.0", DepartmentStatus.ACTIVE, "")));
            departments = new ArrayList<>(list);
        }

        @Override
        public List<DepartmentInfo> departments() {
            return departments;
        }

        @Override
        public Optional<DepartmentInfo> department(String code) {
            return departments.stream().filter(d -> d.code().equals(code)).findFirst();
        }

        @Override
        public List<CatalogueItem> items(ItemQuery q) {
            // a new list every time: the kept answer must compare the items, not the list
            List<CatalogueItem> out = new ArrayList<>();
            for (CatalogueItem ci : items) {
                boolean ok = (q.department() == null || q.department().equals(ci.department()))
                        && (q.party() == null || ci.item().party().admits(q.party())) && (q.flag() == null || ci.item().has(q.flag()));
                if (q.text() != null && !q.text().isBlank()) {
                    for (String t : q.text().trim().split("\\s+")) {
                        ok &= ci.item().name().contains(t);
                    }
                }
                if (ok) {
                    out.add(ci);
                }
            }
            return out;
        }

        @Override
        public Optional<CatalogueItem> item(String code) {
            return items.stream().filter(ci -> ci.code().equals(code)).findFirst();
        }

        @Override
        public CatalogueItem require(String code) {
            return item(code).orElseThrow();
        }

        @Override
        public ApprovalHandler handler(String departmentCode, String itemCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CatalogueReport report() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class FakeComposites implements Composites {
        private volatile List<CompositeInfo> list = List.of();
        final AtomicInteger calls = new AtomicInteger();

        void set(CompositeInfo... infos) {
            list = List.of(infos);
        }

        @Override
        public List<CompositeInfo> composites() {
            calls.incrementAndGet();
            return list;
        }

        @Override
        public Optional<CompositeInfo> composite(String code) {
            return list.stream().filter(c -> c.code().equals(code)).findFirst();
        }

        @Override
        public CompositeCase submit(Submission submission, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompositeCase get(String caseNumber, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CompositeCase> list(boolean openOnly, int limit, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompositeCase complete(String caseNumber, String delivery, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PublicProgress progress(String caseNumber, String suffix) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CompositeStats> stats() {
            throw new UnsupportedOperationException();
        }
    }
}
