package org.qinqing.hall.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.ItemQuery;

/** An immutable search index over the active items: every query term must occur in an item's text. */
final class ItemIndex {

    private record Entry(CatalogueItem item, String name, String haystack) {
    }

    private final List<Entry> entries;

    ItemIndex(List<CatalogueItem> items) {
        List<Entry> list = new ArrayList<>(items.size());
        for (CatalogueItem ci : items) {
            String name = ci.item().name().toLowerCase(Locale.ROOT);
            StringBuilder text = new StringBuilder(name).append(' ').append(ci.code()).append(' ')
                    .append(ci.departmentName()).append(' ').append(Pinyin.of(ci.item().name()));
            for (String k : ci.item().keywords()) {
                text.append(' ').append(k.toLowerCase(Locale.ROOT)).append(' ').append(Pinyin.of(k));
            }
            list.add(new Entry(ci, name, text.toString()));
        }
        this.entries = List.copyOf(list);
    }

    List<CatalogueItem> search(ItemQuery q) {
        String[] terms = terms(q.text());
        List<Entry> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e, q, terms)) {
                hits.add(e);
            }
        }
        if (terms.length > 0) {
            hits.sort(Comparator.comparingInt((Entry e) -> rank(e, terms[0])).thenComparing(e -> e.item.code()));
        }
        List<CatalogueItem> out = new ArrayList<>(hits.size());
        for (Entry e : hits) {
            out.add(e.item);
        }
        return out;
    }

    private static boolean matches(Entry e, ItemQuery q, String[] terms) {
        CatalogueItem ci = e.item;
        if (q.department() != null && !q.department().equals(ci.department())) {
            return false;
        }
        if (q.party() != null && !ci.item().party().admits(q.party())) {
            return false;
        }
        if (q.flag() != null && !ci.item().has(q.flag())) {
            return false;
        }
        for (String t : terms) {
            if (!e.haystack.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Lower is better: exact name, name prefix, name contains, elsewhere. */
    private static int rank(Entry e, String term) {
        if (e.name.equals(term)) {
            return 0;
        }
        if (e.name.startsWith(term)) {
            return 1;
        }
        return e.name.contains(term) ? 2 : 3;
    }

    private static String[] terms(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return text.toLowerCase(Locale.ROOT).trim().split("\\s+");
    }
}
