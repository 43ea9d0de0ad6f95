package org.qinqing.hall.cases.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Items as JSON, so a case keeps the item exactly as it was when accepted even after its
 * department ships a new version. Encodings and decodings are cached.
 */
final class ItemSnapshots {
    private static final int MAX_CACHED = 4096;
    private final Map<String, String> encoded = new ConcurrentHashMap<>();
    private final Map<String, Item> decoded = new ConcurrentHashMap<>();

    String encode(Item item, String version) {
        String key = item.code() + "@" + version + "#" + System.identityHashCode(item);
        String json = encoded.get(key);
        if (json == null) {
            json = JsonCodec.write(tree(item));
            if (encoded.size() > MAX_CACHED) {
                encoded.clear();
            }
            encoded.put(key, json);
        }
        return json;
    }

    Item decode(String json) {
        Item item = decoded.get(json);
        if (item == null) {
            item = parse(json);
            if (decoded.size() > MAX_CACHED) {
                decoded.clear();
            }
            decoded.put(json, item);
        }
        return item;
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
