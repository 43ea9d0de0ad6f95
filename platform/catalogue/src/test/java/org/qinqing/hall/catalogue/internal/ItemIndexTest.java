package org.qinqing.hall.catalogue.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;

/** The search index: the same answers as a plain scan of each item's whole text, remembered per query until the catalogue changes. */
public class ItemIndexTest {
    private final CatalogueImpl catalogue = new CatalogueImpl(new CatalogueEvents() {
        @Override
        public void active(DepartmentInfo d) {
        }

        @Override
        public void withdrawn(DepartmentInfo d) {
        }
    });

    @Test
    public void answersLikeAScanOfTheWholeTextForEveryKindOfTerm() {
        List<CatalogueItem> items = new ArrayList<>();
        String[][] named = {
            {"在职人才引进核准", "人才", "rencai"}, {"ICP经营许可证核发", "icp", "互联网"}, {"食品经营许可（餐饮）", "餐饮 饭店", "A级"},
            {"居民身份证换领", "身份证", "ID card"}, {"营业执照变更登记", "营业执照", "yyzz"}, {"3C认证咨询", "3c", "认证"},
            {"Café licence 咖啡馆", "café", "kafei"}, {"婚姻登记（结婚）", "结婚", "hunyin"},
        };
        int n = 0;
        for (String[] x : named) {
            Item item = Item.of("dept" + (n % 3) + "-item-" + n, x[0]).legalBasis("《测试条例》").limits(20, 10)
                    .party(n % 3 == 0 ? PartyType.PERSON : n % 3 == 1 ? PartyType.ENTERPRISE : PartyType.BOTH)
                    .flags(n % 2 == 0 ? new Flag[] {Flag.ONE_WINDOW} : new Flag[] {Flag.ONE_WINDOW, Flag.ONLINE})
                    .keywords(x[1], x[2]).build();
            items.add(new CatalogueItem(item, "dept" + (n % 3), "测试部门" + (n % 3) + " Dept", Level.DISTRICT, "1.0.0"));
            n++;
        }
        ItemIndex index = new ItemIndex(items);
        String[] texts = {null, "", " ", "\u0001", "rcyj", "人才", "RenCai", "icp", "ICP许可", "icp 许可", "经营 许可", "许可 经营",
            "yyzz", "3c", "3C认证", "café", "CAFÉ", "caf", "é", "kafei", "a级", "a", "dept1", "dept1-item-4", "测试部门2", "dept",
            "id card", "card", "licence", "lic", "LICENCE 咖啡", "jiehun", "jh", "（", "饮）", "zzz", "人才 zzz", "hunyin 结婚", "e", "1", "-", "部门0 dept"};
        for (String text : texts) {
            for (String department : new String[] {null, "dept1"}) {
                for (PartyType party : new PartyType[] {null, PartyType.PERSON, PartyType.ENTERPRISE}) {
                    for (Flag flag : new Flag[] {null, Flag.ONLINE}) {
                        ItemQuery q = new ItemQuery(department, text, party, flag);
                        assertEquals(q.toString(), scan(items, q), index.search(q));
                    }
                }
            }
        }
    }

    @Test
    public void theSameQueryGetsTheSameListUntilTheCatalogueChanges() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进", "毕业生接收"), "b.hr", "1.0.0");
        ItemQuery q = new ItemQuery(null, "rcyj", null, null);
        List<CatalogueItem> first = catalogue.items(q);
        assertEquals(1, first.size());
        assertSame(first, catalogue.items(new ItemQuery(null, "rcyj", null, null)));
        try {
            first.clear();
            fail("answers are shared, so unmodifiable");
        } catch (UnsupportedOperationException expected) {
            // shared between callers
        }

        // a department comes: the next answer is searched again and sees it
        catalogue.add(2, new FakeDepartment("sci", "人才引进补贴"), "b.sci", "1.0.0");
        List<CatalogueItem> second = catalogue.items(q);
        assertNotSame(first, second);
        assertEquals(List.of("hr-1", "sci-1"), second.stream().map(CatalogueItem::code).sorted().toList());

        // and goes
        catalogue.remove(2);
        assertEquals(List.of("hr-1"), catalogue.items(q).stream().map(CatalogueItem::code).toList());
    }

    @Test
    public void departmentsIsTheSameListUntilTheCatalogueChanges() {
        // the REST layer keys its composite snapshot on this list: a new one for every change, the same one otherwise
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进"), "b.hr", "1.0.0");
        List<DepartmentInfo> before = catalogue.departments();
        assertSame(before, catalogue.departments());
        catalogue.add(2, new FakeDepartment("sci", "科技项目"), "b.sci", "1.0.0");
        assertNotSame(before, catalogue.departments());
        List<DepartmentInfo> after = catalogue.departments();
        catalogue.remove(2);
        assertNotSame(after, catalogue.departments());
    }

    @Test
    public void rememberedQueriesAreBoundedAndStillAnswerRight() {
        catalogue.add(1, new FakeDepartment("hr", "在职人才引进", "毕业生接收"), "b.hr", "1.0.0");
        for (int i = 0; i < ItemIndex.MEMO_LIMIT * 2 + 10; i++) {
            assertTrue(catalogue.items(new ItemQuery(null, "rcyj" + i, null, null)).isEmpty());
        }
        assertEquals("hr-2", catalogue.items(new ItemQuery(null, "bysjs", null, null)).get(0).code());
    }

    /** The search as it was before the index split the text: one string, every term must occur in it. */
    private static List<CatalogueItem> scan(List<CatalogueItem> items, ItemQuery q) {
        String[] terms = q.text() == null || q.text().isBlank() ? new String[0] : q.text().toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<CatalogueItem> hits = new ArrayList<>();
        for (CatalogueItem ci : items) {
            String name = ci.item().name().toLowerCase(Locale.ROOT);
            StringBuilder text = new StringBuilder(name).append(' ').append(ci.code()).append(' ')
                    .append(ci.departmentName()).append(' ').append(Pinyin.of(ci.item().name()));
            for (String k : ci.item().keywords()) {
                text.append(' ').append(k.toLowerCase(Locale.ROOT)).append(' ').append(Pinyin.of(k));
            }
            boolean ok = (q.department() == null || q.department().equals(ci.department()))
                    && (q.party() == null || ci.item().party().admits(q.party())) && (q.flag() == null || ci.item().has(q.flag()));
            for (String t : terms) {
                ok &= text.toString().contains(t);
            }
            if (ok) {
                hits.add(ci);
            }
        }
        if (terms.length > 0) {
            String first = terms[0];
            hits.sort(Comparator.comparingInt((CatalogueItem ci) -> {
                String name = ci.item().name().toLowerCase(Locale.ROOT);
                return name.equals(first) ? 0 : name.startsWith(first) ? 1 : name.contains(first) ? 2 : 3;
            }).thenComparing(CatalogueItem::code));
        }
        return hits;
    }
}
