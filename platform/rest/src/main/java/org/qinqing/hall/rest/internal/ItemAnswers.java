package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.rest.internal.views.ItemView;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.PartyType;

/**
 * The answers of {@code GET /api/v1/items}, serialized once per query and kept while they hold.
 *
 * <p>An answer is the active composites matching the words (only for a search by words alone), then
 * the catalogue's items for the query. Each request still asks for both: the catalogue keeps its
 * answer per query in the index it replaces whenever a department comes or goes (so the same list
 * comes back while nothing changed), and the composites are read from a snapshot. A kept answer is
 * used only if it was built from the very same catalogue items and equal composite views: it can
 * never outlive a catalogue change.
 *
 * <p>The composite snapshot is taken again as soon as the catalogue changes (a department leaving
 * makes composites unavailable) and at least every {@link #COMPOSITES_MAX_AGE_NANOS}: a composite
 * bundle starting or stopping, which the catalogue does not see, shows in searches within that time.
 */
final class ItemAnswers {
    /** Most answers kept; when full, or over {@link #MAX_BYTES}, they are dropped and built again as asked. */
    static final int MAX_ANSWERS = 1024;
    /** Most bytes of JSON kept. */
    static final long MAX_BYTES = 16L << 20;
    /** Longest a composite snapshot is used while the catalogue does not change (0.1 s). */
    static final long COMPOSITES_MAX_AGE_NANOS = 100_000_000L;

    private static final ObjectWriter WRITER = Json.mapper().writerFor(new TypeReference<List<ItemView>>() {
    });

    /** What identifies an answer: the query as asked (words untouched, they decide which composites match). */
    private record Key(String department, String q, PartyType party, Flag flag) {
    }

    /** @param items the catalogue's answer it was built from @param composites the composite views it starts with */
    private record Answer(List<CatalogueItem> items, List<ItemView> composites, byte[] json) {
    }

    /** A composite with its list view. */
    private record Composite(CompositeInfo info, ItemView view) {
    }

    /** @param catalogue the catalogue's department list when taken: a new list whenever the catalogue changes */
    private record Snapshot(Object catalogue, long takenAt, List<Composite> composites) {
    }

    private final Catalogue catalogue;
    private final Composites composites;
    private final LongSupplier nanoTime;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Snapshot snapshot;

    ItemAnswers(Catalogue catalogue, Composites composites) {
        this(catalogue, composites, System::nanoTime);
    }

    /** @param nanoTime the clock of the composite snapshot's age (tests) */
    ItemAnswers(Catalogue catalogue, Composites composites, LongSupplier nanoTime) {
        this.catalogue = catalogue;
        this.composites = composites;
        this.nanoTime = nanoTime;
    }

    /**
     * @param department a known department code, or {@code null}
     * @param q the words as asked, or {@code null}
     * @param party the applicant type, or {@code null}
     * @param flag the flag, or {@code null}
     * @return the JSON array of matching items, composites first
     */
    byte[] json(String department, String q, PartyType party, Flag flag) {
        List<CatalogueItem> items = catalogue.items(new ItemQuery(department, q, party, flag));
        List<ItemView> first = q == null || q.isBlank() || department != null || flag != null ? List.of() : composites(q.trim(), party);
        Key key = new Key(department, q, party, flag);
        Answer kept = answers.get(key);
        if (kept != null && same(kept.items, items) && kept.composites.equals(first)) {
            return kept.json;
        }
        List<ItemView> all = new ArrayList<>(first.size() + items.size());
        all.addAll(first);
        for (CatalogueItem ci : items) {
            all.add(ItemView.of(ci));
        }
        byte[] json;
        try {
            json = WRITER.writeValueAsBytes(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("item views are plain records", e);
        }
        keep(key, new Answer(items, first, json));
        return json;
    }

    /** @return the active composites that admit the party and whose code, name, description or a step's item name holds the words */
    private List<ItemView> composites(String q, PartyType party) {
        List<ItemView> out = null;
        for (Composite c : snapshot().composites) {
            CompositeInfo i = c.info;
            if (i.active() && (party == null || i.party() == party || i.party() == PartyType.BOTH) && matches(i, q)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(c.view);
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean matches(CompositeInfo c, String q) {
        if (c.code().contains(q) || c.name().contains(q) || c.description().contains(q)) {
            return true;
        }
        for (CompositeInfo.StepInfo s : c.steps()) {
            if (s.itemName() != null && s.itemName().contains(q)) {
                return true;
            }
        }
        return false;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        Object now = catalogue.departments();
        long t = nanoTime.getAsLong();
        if (s != null && s.catalogue == now && t - s.takenAt < COMPOSITES_MAX_AGE_NANOS) {
            return s;
        }
        List<Composite> list = new ArrayList<>();
        for (CompositeInfo c : composites.composites()) {
            list.add(new Composite(c, ItemView.of(c)));
        }
        s = new Snapshot(now, t, List.copyOf(list));
        snapshot = s;
        return s;
    }

    /** @return whether both lists hold the same item objects in the same order */
    private static boolean same(List<CatalogueItem> a, List<CatalogueItem> b) {
        if (a == b) {
            return true;
        }
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void keep(Key key, Answer answer) {
        if (answers.size() >= MAX_ANSWERS || bytes.get() + answer.json.length > MAX_BYTES) {
            answers.clear();
            bytes.set(0);
        }
        Answer old = answers.put(key, answer);
        bytes.addAndGet(answer.json.length - (old == null ? 0 : old.json.length));
    }

    /** @return how many answers are kept (tests) */
    int size() {
        return answers.size();
    }
}
