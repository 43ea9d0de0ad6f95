package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.Category;
import org.qinqing.hall.directline.Enterprise;
import org.qinqing.hall.directline.ImportReport;

/** The CSV import: every good line whole, every bad line reported with its reason, replacing on re-import. */
public class EnterpriseRegistryTest {
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture(List.of());
    }

    @After
    public void stop() throws Exception {
        f.stop();
    }

    @Test
    public void importsGoodLinesAndReportsEachBadLineWithItsReason() {
        String csv = String.join("\n",
                "creditCode,name,categories,industry,leader,liaisonDepartment",
                Codes.line(1, "LISTED;UNICORN", "软件"),
                Codes.line(2, "小微企业", "餐饮"),
                "91440300000000030X,坏校验码公司,LISTED,软件,王副区长,market",
                Codes.line(3, "FAMOUS", "软件"),
                Codes.code(4) + ",部门不存在公司,LISTED,软件,王副区长,nowhere",
                Codes.code(5) + ",\"深圳市逗号,公司\",TAX_TOP100|HIGH_TECH,制造,李副区长,hr",
                Codes.code(6) + ",少一列公司,LISTED,软件,王副区长",
                Codes.line(1, "LISTED", "软件"),
                "");
        ImportReport r = f.enterprises.importCsv(new StringReader(csv), Fixture.ADMIN);
        assertEquals(r.toString(), 8, r.lines());
        assertEquals(3, r.imported());
        assertEquals(List.of(4, 5, 6, 8, 9), r.bad().stream().map(ImportReport.BadLine::line).toList());
        assertTrue(r.bad().get(0).reason(), r.bad().get(0).reason().startsWith("creditCode"));
        assertTrue(r.bad().get(1).reason(), r.bad().get(1).reason().contains("unknown category 'FAMOUS'"));
        assertTrue(r.bad().get(2).reason(), r.bad().get(2).reason().contains("unknown department 'nowhere'"));
        assertTrue(r.bad().get(3).reason(), r.bad().get(3).reason().contains("expected 6 fields"));
        assertTrue(r.bad().get(4).reason(), r.bad().get(4).reason().contains("already on line 2"));

        Enterprise listed = f.enterprises.get(Codes.code(1)).orElseThrow();
        assertTrue(listed.key());
        assertEquals(java.util.Set.of(Category.LISTED, Category.UNICORN), listed.categories());
        assertFalse(f.enterprises.get(Codes.code(2)).orElseThrow().key());
        assertEquals("深圳市逗号,公司", f.enterprises.get(Codes.code(5)).orElseThrow().name());
        assertFalse("half a line is never imported", f.enterprises.get(Codes.code(6)).isPresent());
        assertEquals(1, f.enterprises.list(Category.UNICORN, 100).size());
        assertEquals(Integer.valueOf(1), f.enterprises.counts().get(Category.SMALL_MICRO));
    }

    @Test
    public void reimportReplacesAnEnterprise() {
        f.enterprises.importCsv(new StringReader(Codes.line(1, "LISTED", "软件")), Fixture.ADMIN);
        f.enterprises.importCsv(new StringReader(Codes.line(1, "SMALL_MICRO", "餐饮")), Fixture.ADMIN);
        Enterprise e = f.enterprises.get(Codes.code(1)).orElseThrow();
        assertEquals("餐饮", e.industry());
        assertFalse(e.key());
    }

    @Test(expected = HallException.class)
    public void onlyAnAdminImports() {
        f.enterprises.importCsv(new StringReader(Codes.line(1, "LISTED", "软件")), Fixture.CLERK);
    }
}
