package org.qinqing.hall.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.ItemQuery;

/**
 * An immutable search index over the active items: every query term must occur in an item's text.
 *
 * <p>An item's text is its name, code, department name, the pinyin of its name and its keywords
 * with their pinyin. A term never contains a space, so it occurs in that text exactly when it occurs
 * in one of those parts; the parts are kept in two strings: those in Latin-1 (codes, pinyin) and the
 * others (Chinese names, keywords), each joined by spaces. A term with a character beyond Latin-1 is
 * looked for only in the second, and a term with an ASCII character the second string lacks (most
 * pinyin in Chinese names) only in the first, which the JDK searches fastest.
 *
 * <p>Answers are remembered per query for the life of the index: the catalogue builds a new index
 * whenever a department comes or goes, so a remembered answer is never stale, and the same query
 * gets the same (unmodifiable) list back until then.
 */
final class ItemIndex {
    /** Most distinct queries remembered per index; when full it starts again (junk queries cannot pin memory). */
    static final int MEMO_LIMIT = 1024;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param item the item
     * @param name its name in lower case
     * @param latin its Latin-1 text parts joined by spaces
     * @param other its other text parts joined by spaces
     * @param otherAscii bit c set when ASCII character c occurs in {@code other} (bits 0–127)
     */
    private record Entry(CatalogueItem item, String name, String latin, String other, long otherAsciiLow, long otherAsciiHigh) {
    }

    private final List<Entry> entries;
    private final Map<ItemQuery, List<CatalogueItem>> memo = new ConcurrentHashMap<>();

    ItemIndex(List<CatalogueItem> items) {
        List<Entry> list = new ArrayList<>(items.size());
        for (CatalogueItem ci : items) {
            String name = ci.item().name().toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>();
            parts.add(name);
            parts.add(ci.code());
            parts.add(ci.departmentName());
            parts.add(Pinyin.of(ci.item().name()));
            for (String k : ci.item().keywords()) {
                parts.add(k.toLowerCase(Locale.ROOT));
                parts.add(Pinyin.of(k));
            }
            StringBuilder latin = new StringBuilder();
            StringBuilder other = new StringBuilder();
            for (String p : parts) {
                StringBuilder to = latin1(p) ? latin : other;
                to.append(to.length() == 0 ? "" : " ").append(p);
            }
            String others = other.toString();
            list.add(new Entry(ci, name, latin.toString(), others, ascii(others, 0), ascii(others, 64)));
        }
        this.entries = List.copyOf(list);
    }

    /** @return the matching items, best first; the same unmodifiable list for the same query while this index lives */
    List<CatalogueItem> search(ItemQuery q) {
        List<CatalogueItem> known = memo.get(q);
        if (known != null) {
            return known;
        }
        List<CatalogueItem> found = find(q);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        known = memo.putIfAbsent(q, found);
        return known == null ? found : known;
    }

    private List<CatalogueItem> find(ItemQuery q) {
        String[] terms = terms(q.text());
        Term[] looked = new Term[terms.length];
        for (int i = 0; i < terms.length; i++) {
            looked[i] = new Term(terms[i]);
        }
        List<Entry> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e, q, looked)) {
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
        return List.copyOf(out);
    }

    /** A query term and what is known about its characters. */
    private static final class Term {
        final String text;
        final boolean latin1;
        final long asciiLow;
        final long asciiHigh;

        Term(String text) {
            this.text = text;
            this.latin1 = latin1(text);
            this.asciiLow = ascii(text, 0);
            this.asciiHigh = ascii(text, 64);
        }

        boolean in(Entry e) {
            if (latin1 && e.latin.contains(text)) {
                return true;
            }
            // an ASCII character of the term that the other parts lack: it cannot occur there
            if ((asciiLow & ~e.otherAsciiLow) != 0 || (asciiHigh & ~e.otherAsciiHigh) != 0) {
                return false;
            }
            return e.other.contains(text);
        }
    }

    private static boolean matches(Entry e, ItemQuery q, Term[] terms) {
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
        for (Term t : terms) {
            if (!t.in(e)) {
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

    /** @return bit c - from set when character c (from to from + 63) occurs in the text */
    private static long ascii(String s, int from) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) - from;
            if (c >= 0 && c < 64) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static String[] terms(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return SPACES.split(text.toLowerCase(Locale.ROOT).trim());
    }
}
