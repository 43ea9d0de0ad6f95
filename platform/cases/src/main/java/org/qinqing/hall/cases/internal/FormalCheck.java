package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.contract.FormValues;

/**
 * The checks every item gets before its department's: form values of the right type (a wrong
 * type is bad input, 400), required fields and materials present, materials not expired (those
 * are things to supplement).
 */
final class FormalCheck {

    private FormalCheck() {
    }

    /**
     * @param raw form values as submitted
     * @return the typed values
     * @throws HallException 400 for an unknown field or a value of the wrong type
     */
    static Map<String, Object> typedForm(Item item, Map<String, Object> raw, LocalDate today) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        item.fields().forEach(f -> fields.put(f.key(), f));
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            FormField f = fields.get(e.getKey());
            if (f == null) {
                throw HallException.invalid("form." + e.getKey(), "item " + item.code() + " has no form field '" + e.getKey()
                        + "'; its fields are " + new TreeSet<>(fields.keySet()));
            }
            Object v = e.getValue();
            if (v == null || v instanceof String && ((String) v).isBlank()) {
                continue;
            }
            try {
                typed.put(f.key(), FormValues.convert(f, v, today));
            } catch (IllegalArgumentException bad) {
                throw HallException.invalid("form." + f.key(), bad.getMessage());
            }
        }
        return typed;
    }

    /** @return what to supplement: required fields and materials missing, materials expired */
    static List<Finding> findings(Item item, Map<String, Object> typed, List<ResolvedMaterial> materials, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        for (FormField f : item.fields()) {
            if (f.required() && !typed.containsKey(f.key())) {
                out.add(Finding.field(f.key(), f.label() + "未填写"));
            }
        }
        Map<String, ResolvedMaterial> byCode = new LinkedHashMap<>();
        materials.forEach(m -> byCode.put(m.code(), m));
        for (Material m : item.materials()) {
            ResolvedMaterial given = byCode.get(m.code());
            if (given == null) {
                if (m.required()) {
                    out.add(Finding.material(m.code(), "缺少材料：" + m.name()));
                }
            } else if (given.validUntil() != null && given.validUntil().isBefore(today)) {
                out.add(Finding.material(m.code(), m.name() + "已于" + given.validUntil() + "过期，请提交有效材料"));
            }
        }
        return out;
    }

    static List<Map<String, String>> encode(List<Finding> findings) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, String> m = new LinkedHashMap<>();
            if (f.subject() != null) {
                m.put("subject", f.subject());
            }
            m.put("message", f.message());
            out.add(m);
        }
        return out;
    }
}
