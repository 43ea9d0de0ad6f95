package org.qinqing.hall.cases.internal;

import org.qinqing.hall.cases.IntakeChecks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Tx;

/**
 * Items as JSON, so a case keeps the item exactly as it was when accepted even after its
 * department ships a new version. Every case of the same item version shares one stored
 * snapshot: the case row holds {@code #} and the SHA-256 of the JSON, the JSON is kept once in
 * {@code item_snapshot} (rows written before keep their JSON inline and read as before).
 * Encodings, stored snapshots and decodings are cached.
 */
final class ItemSnapshots {
    /** How a case row's {@code item_snapshot} that names a stored snapshot begins. */
    static final String REF = "#";
    private static final int MAX_CACHED = 4096;
    private final Database db;
    private final Map<String, String> encoded = new ConcurrentHashMap<>();
    /** By reference; not bounded: one entry per item version the hall has used. */
    private final Map<String, String> json = new ConcurrentHashMap<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final Map<String, Item> decoded = new ConcurrentHashMap<>();

    ItemSnapshots(Database db) {
        this.db = db;
    }

    /** @return what a case row keeps of the item: a reference to its stored snapshot */
    String encode(Item item, String version) {
        String key = item.code() + "@" + version + "#" + System.identityHashCode(item);
        String ref = encoded.get(key);
        if (ref == null) {
            String j = JsonCodec.write(tree(item));
            ref = REF + IntakeChecks.sha256(j.getBytes(StandardCharsets.UTF_8));
            json.put(ref, j);
            bounded(encoded).put(key, ref);
        }
        return ref;
    }

    /** Stores the snapshot a new case row names, in the case's transaction, unless it is stored already. */
    void store(Tx tx, String snapshot) throws SQLException {
        if (!snapshot.startsWith(REF) || stored.contains(snapshot)) {
            return;
        }
        String j = json.get(snapshot);
        if (j == null) {
            throw new IllegalStateException("snapshot " + snapshot + " was not encoded here");
        }
        PreparedStatement ps = tx.prepare("INSERT INTO item_snapshot (ref, json) SELECT CAST(? AS CHAR(64)), CAST(? AS VARCHAR(16000))"
                + " FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM item_snapshot WHERE ref = ?)");
        String hash = snapshot.substring(REF.length());
        ps.setString(1, hash);
        ps.setString(2, j);
        ps.setString(3, hash);
        tx.later(ps);
        tx.afterCommit(() -> stored.add(snapshot));
    }

    /** @return the item a case row's snapshot (a reference, or JSON inline) describes */
    Item decode(String snapshot) {
        Item item = decoded.get(snapshot);
        if (item == null) {
            item = parse(snapshot.startsWith(REF) ? json(snapshot) : snapshot);
            bounded(decoded).put(snapshot, item);
        }
        return item;
    }

    private String json(String ref) {
        String j = json.get(ref);
        if (j == null) {
            j = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT json FROM item_snapshot WHERE ref = ?")) {
                    ps.setString(1, ref.substring(REF.length()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("item snapshot " + ref + " is missing");
                        }
                        return rs.getString(1);
                    }
                }
            });
            json.put(ref, j);
        }
        return j;
    }

    private static <K, V> Map<K, V> bounded(Map<K, V> cache) {
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        return cache;
    }

    private static Map<String, Object> tree(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("type", i.type().name());
        m.put("party", i.party().name());
        m.put("legal", i.legalLimit());
        m.put("promised", i.promisedLimit());
        m.put("unit", i.limitUnit().name());
        m.put("flags", i.flags().stream().map(Enum::name).toList());
        m.put("maxVisits", i.maxVisits());
        m.put("legalBasis", i.legalBasis());
        m.put("description", i.description());
        List<Map<String, Object>> materials = new ArrayList<>();
        for (Material x : i.materials()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("code", x.code());
            mm.put("name", x.name());
            mm.put("required", x.required());
            mm.put("form", x.form().name());
            mm.put("reusable", x.reusable());
            mm.put("kind", x.kind());
            mm.put("note", x.note());
            materials.add(mm);
        }
        m.put("materials", materials);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FormField f : i.fields()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("key", f.key());
            fm.put("label", f.label());
            fm.put("type", f.type().name());
            fm.put("required", f.required());
            fm.put("options", f.options());
            fm.put("maxLength", f.maxLength());
            fields.add(fm);
        }
        m.put("fields", fields);
        return m;
    }

    private static Item parse(String json) {
        JsonNode n;
        try {
            n = JsonCodec.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt item snapshot", e);
        }
        Item.Builder b = Item.of(n.get("code").asText(), n.get("name").asText())
                .type(ItemType.valueOf(n.get("type").asText())).party(PartyType.valueOf(n.get("party").asText()))
                .limits(n.get("legal").asInt(), n.get("promised").asInt()).limitUnit(LimitUnit.valueOf(n.get("unit").asText()))
                .maxVisits(n.get("maxVisits").asInt()).legalBasis(n.get("legalBasis").asText())
                .description(n.get("description").asText());
        n.get("flags").forEach(f -> b.flags(Flag.valueOf(f.asText())));
        for (JsonNode m : n.get("materials")) {
            Material.Builder mb = Material.of(m.get("code").asText(), m.get("name").asText())
                    .form(MaterialForm.valueOf(m.get("form").asText()));
            if (!m.get("required").asBoolean()) {
                mb.optional();
            }
            if (m.get("reusable").asBoolean()) {
                mb.reusable(m.get("kind").asText());
            }
            if (m.hasNonNull("note")) {
                mb.note(m.get("note").asText());
            }
            b.material(mb);
        }
        for (JsonNode f : n.get("fields")) {
            FormField.Builder fb = FormField.of(f.get("key").asText(), f.get("label").asText(), FieldType.valueOf(f.get("type").asText()))
                    .maxLength(f.get("maxLength").asInt());
            if (!f.get("required").asBoolean()) {
                fb.optional();
            }
            List<String> options = new ArrayList<>();
            f.get("options").forEach(o -> options.add(o.asText()));
            if (!options.isEmpty()) {
                fb.options(options.toArray(new String[0]));
            }
            b.field(fb);
        }
        return b.build();
    }
}
