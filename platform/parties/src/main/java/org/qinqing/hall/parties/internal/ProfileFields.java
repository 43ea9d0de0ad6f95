package org.qinqing.hall.parties.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.identity.InvalidNumberException;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.PartyType;

/** The profile fields a party of each kind has, and their checks. Unknown fields are refused. */
final class ProfileFields {
    static final Set<String> PERSON = Set.of("phone", "email", "address", "workUnit");
    static final Set<String> ENTERPRISE = Set.of("type", "legalRepresentative", "legalRepresentativeId", "address", "phone",
            "registeredCapital", "establishedOn");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProfileFields() {
    }

    static Map<String, String> validate(PartyType kind, String name, Map<String, String> fields, LocalDate today, String prefix) {
        if (name == null || name.isBlank()) {
            throw HallException.invalid(prefix + "name", kind == PartyType.PERSON
                    ? "姓名不能为空：首次办理须登记申请人姓名" : "名称不能为空：首次办理须登记企业名称");
        }
        if (name.length() > 200) {
            throw HallException.invalid(prefix + "name", "名称最多200个字符");
        }
        Set<String> allowed = kind == PartyType.PERSON ? PERSON : ENTERPRISE;
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String key = e.getKey();
            String v = e.getValue() == null ? "" : e.getValue().trim();
            if (!allowed.contains(key)) {
                throw HallException.invalid(prefix + "fields." + key, "unknown profile field '" + key + "' for a "
                        + kind.name().toLowerCase() + "; allowed: " + new java.util.TreeSet<>(allowed));
            }
            if (v.length() > 300) {
                throw HallException.invalid(prefix + "fields." + key, key + "最多300个字符");
            }
            check(key, v, today, prefix);
            if (!v.isEmpty()) {
                out.put(key, v);
            }
        }
        return out;
    }

    private static void check(String key, String v, LocalDate today, String prefix) {
        if (v.isEmpty()) {
            return;
        }
        switch (key) {
            case "phone" -> {
                if (!PHONE.matcher(v).matches()) {
                    throw HallException.invalid(prefix + "fields.phone", "联系电话须为11位手机号码或带区号的固定电话");
                }
            }
            case "email" -> {
                if (!EMAIL.matcher(v).matches()) {
                    throw HallException.invalid(prefix + "fields.email", "电子邮箱格式不正确");
                }
            }
            case "legalRepresentativeId" -> {
                try {
                    ResidentIds.validate(v, today);
                } catch (InvalidNumberException e) {
                    throw HallException.invalid(prefix + "fields.legalRepresentativeId", "法定代表人身份证号码：" + e.getMessage());
                }
            }
            case "establishedOn" -> {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw HallException.invalid(prefix + "fields.establishedOn", "成立日期须为YYYY-MM-DD");
                }
            }
            default -> {
            }
        }
    }
}
