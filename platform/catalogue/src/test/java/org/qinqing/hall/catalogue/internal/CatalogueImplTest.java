package org.qinqing.hall.catalogue.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;

public class CatalogueImplTest {
    private final List<String> events = new ArrayList<>();
    private final CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
        @Override
        public void active(DepartmentInfo d) {
            events.add("+" + d.code());
        }

        @Override
        public void withdrawn(DepartmentInfo d) {
            events.add("-" + d.code());
        }
    });

    @Test
    public void startedDepartmentsItemsAppearAndLeaveWhenStopped() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进", "毕业生接收"), "b.hr", "1.0.0");
        assertEquals(2, catalogue.items(ItemQuery.ALL).size());
        assertEquals(DepartmentStatus.ACTIVE, catalogue.department("hr").get().status());

        catalogue.remove(1);
        assertEquals(0, catalogue.items(ItemQuery.ALL).size());
        assertEquals(DepartmentStatus.WITHDRAWN, catalogue.department("hr").get().status());
        assertEquals(List.of("+hr", "-hr"), events);
    }

    @Test
    public void refusesASecondBundleClaimingTheSameDepartment() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");
        catalogue.add(2, new FakeDepartment("hr", "毕业生接收"), "b.other", "1.0.0");

        DepartmentInfo refused = catalogue.departments().stream().filter(d -> d.status() == DepartmentStatus.REFUSED).findFirst().get();
        assertEquals("b.other", refused.bundle());
        assertTrue(refused.message(), refused.message().contains("already registered by bundle b.hr"));
        assertEquals("在职人才引进", catalogue.require("hr-1").item().name());
    }

    @Test
    public void refusesAnItemCodeHeldByAnotherDepartment() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");
        FakeDepartment thief = new FakeDepartment("police").with(Item.of("hr-1", "冒名事项").legalBasis("x").limits(5, 5).build());
        catalogue.add(2, thief, "b.police", "1.0.0");

        assertTrue(catalogue.department("police").isEmpty());
        assertEquals("hr", catalogue.require("hr-1").department());
    }

    @Test
    public void aRefusedDepartmentIsAdmittedOnceTheHolderLeaves() {
        catalogue.add(1, new FakeDepartment("hr", "旧版事项"), "b.hr", "1.0.0");
        catalogue.add(2, new FakeDepartment("hr", "新版事项"), "b.hr2", "2.0.0");
        catalogue.remove(1);
        assertEquals("2.0.0", catalogue.department("hr").get().bundleVersion());
        assertEquals("新版事项", catalogue.require("hr-1").item().name());
    }

    @Test
    public void refusesAPluginBreakingTheContract() {
        FakeDepartment bad = new FakeDepartment("water").with(Item.of("water-x", "取水许可").legalBasis("《水法》").limits(5, 20).build());
        catalogue.add(1, bad, "b.water", "1.0.0");
        DepartmentInfo info = catalogue.departments().get(0);
        assertEquals(DepartmentStatus.REFUSED, info.status());
        assertTrue(info.message(), info.message().contains("promised limit 20 exceeds legal limit 5"));
    }

    @Test
    public void searchesByNamePinyinAndInitialsWithFilters() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进", "毕业生接收"), "b.hr", "1.0.0");
        assertEquals("hr-1", only(new ItemQuery(null, "人才", null, null)).code());
        assertEquals("hr-1", only(new ItemQuery(null, "rencai", null, null)).code());
        assertEquals("hr-2", only(new ItemQuery(null, "bysjs", null, null)).code());
        assertEquals(1, catalogue.items(new ItemQuery(null, null, PartyType.PERSON, null)).size());
        assertEquals(2, catalogue.items(new ItemQuery("hr", null, null, Flag.ONE_WINDOW)).size());
        assertEquals(0, catalogue.items(new ItemQuery("police", null, null, null)).size());
    }

    @Test
    public void handlerOfAWithdrawnDepartmentAnswersUnavailableNamingIt() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");
        catalogue.remove(1);
        try {
            catalogue.handler("hr", "hr-1");
            fail();
        } catch (HallException e) {
            assertEquals(HallException.Kind.UNAVAILABLE, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("hr (测试部门hr)"));
        }
    }

    @Test
    public void intakeOfAWithdrawnDepartmentsItemIsUnavailableNotUnknown() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");
        catalogue.remove(1);
        try {
            catalogue.require("hr-1");
            fail();
        } catch (HallException e) {
            assertEquals(HallException.Kind.UNAVAILABLE, e.kind());
        }
        try {
            catalogue.require("never-was");
            fail();
        } catch (HallException e) {
            assertEquals(HallException.Kind.NOT_FOUND, e.kind());
        }
    }

    private CatalogueItem only(ItemQuery q) {
        List<CatalogueItem> hits = catalogue.items(q);
        assertEquals(hits.toString(), 1, hits.size());
        return hits.get(0);
    }
}
