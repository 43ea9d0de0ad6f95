package org.qinqing.hall.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.FormField;

/** Plausible values for an item's form fields, from their types and keys: enough to get through intake. */
final class FormFiller {
    private FormFiller() {
    }

    /**
     * @param fields the form fields
     * @param person a resident ID number for fields that want one
     * @param enterprise a credit code for fields that want one
     * @param today the hall's date
     * @return a value for every field
     */
    static Map<String, Object> fill(List<FormField> fields, String person, String enterprise, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormField f : fields) {
            out.put(f.key(), value(f, person, enterprise, today));
        }
        return out;
    }

    private static Object value(FormField f, String person, String enterprise, LocalDate today) {
        String key = f.key().toLowerCase(java.util.Locale.ROOT);
        return switch (f.type()) {
            case INTEGER -> key.contains("year") ? today.getYear() : 1;
            case DECIMAL -> new BigDecimal(key.contains("area") ? "120" : "100");
            case DATE -> (key.contains("until") || key.contains("end") || key.contains("planned") ? today.plusMonths(6) : today.minusYears(2))
                    .toString();
            case PHONE -> "13800138000";
            case BOOLEAN -> Boolean.TRUE;
            case CHOICE -> f.options().isEmpty() ? "" : f.options().get(0);
            case RESIDENT_ID -> person;
            case CREDIT_CODE -> enterprise;
            default -> text(f, key);
        };
    }

    private static String text(FormField f, String key) {
        String v;
        if (key.contains("phone") || key.contains("mobile") || key.contains("tel")) {
            v = "13800138000";
        } else if (key.contains("address") || key.contains("location") || key.contains("premises")) {
            v = "深圳市南山区粤海街道科技园社区科苑路15号";
        } else if (key.contains("email")) {
            v = "demo@example.cn";
        } else {
            v = f.label() + "（演示）";
        }
        return v.length() > f.maxLength() ? v.substring(0, f.maxLength()) : v;
    }
}
