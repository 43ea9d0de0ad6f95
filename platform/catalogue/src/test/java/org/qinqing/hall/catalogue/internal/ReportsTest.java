package org.qinqing.hall.catalogue.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.qinqing.hall.api.CatalogueReport;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;

public class ReportsTest {

    @Test
    public void figuresAreComputedFromTheItemsPerDepartmentAndInTotal() {
        CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
            @Override
            public void active(DepartmentInfo d) {
            }

            @Override
            public void withdrawn(DepartmentInfo d) {
            }
        });
        catalogue.add(1, new FakeDepartment("aa")
                .with(Item.of("aa-zero", "零跑动事项").legalBasis("x").limits(20, 5).maxVisits(0)
                        .flags(Flag.ONE_WINDOW, Flag.ONLINE, Flag.FULLY_ONLINE, Flag.ZERO_VISIT, Flag.WECHAT).party(PartyType.ENTERPRISE).build())
                .with(Item.of("aa-visit", "窗口事项").legalBasis("x").limits(20, 15).party(PartyType.ENTERPRISE).build()), "b", "1");
        catalogue.add(2, new FakeDepartment("bb").with(Item.of("bb-1", "事项").legalBasis("x").limits(10, 5)
                .flags(Flag.ONLINE).build()), "c", "1");
        CatalogueReport r = catalogue.report();
        assertEquals(3, r.total().items());
        assertEquals(1, r.total().oneWindow());
        assertEquals(2, r.total().online());
        assertEquals(1, r.total().zeroVisit());
        assertEquals(1, r.total().wechat());
        assertEquals("5 of 20 and 5 of 10 are at most half; 15 of 20 is not", 2, r.total().halvedLimit());
        assertEquals(1, r.total().maxVisits());
        assertEquals(2, r.total().legalPersonItems());
        assertEquals(1, r.total().legalPersonFullyOnline());
        assertEquals(1 - 25 / 50.0, r.total().compression(), 1e-9);
        assertEquals("aa", r.departments().get(0).code());
        assertEquals("DISTRICT", r.departments().get(0).level());
        assertEquals(2, r.departments().get(0).items());
        assertFalse("not all legal-person items are fully online", r.promises().get(3).kept());
        assertTrue("no item needs more than one visit", r.promises().get(6).kept());
    }
}
