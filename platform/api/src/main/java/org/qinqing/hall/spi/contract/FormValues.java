package org.qinqing.hall.spi.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.InvalidNumberException;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.FormField;

/**
 * Turns a submitted form value (as JSON gives it: string, number, boolean) into the typed value
 * handlers read, or says in Chinese what is wrong. The platform applies it at intake; tests use it
 * through {@link TestApplication}.
 */
public final class FormValues {
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private FormValues() {
    }

    /**
     * @param field the field
     * @param raw the submitted value, not {@code null}
     * @param today the date used to check ID birth dates
     * @return String, Long, BigDecimal, LocalDate or Boolean
     * @throws IllegalArgumentException with a message naming the field's label
     */
    public static Object convert(FormField field, Object raw, LocalDate today) {
        String label = field.label();
        switch (field.type()) {
            case INTEGER:
                if (raw instanceof Number && new BigDecimal(raw.toString()).stripTrailingZeros().scale() <= 0) {
                    return ((Number) raw).longValue();
                }
                throw new IllegalArgumentException(label + "须为整数");
            case DECIMAL:
                if (raw instanceof Number) {
                    return new BigDecimal(raw.toString());
                }
                throw new IllegalArgumentException(label + "须为数字");
            case BOOLEAN:
                if (raw instanceof Boolean) {
                    return raw;
                }
                throw new IllegalArgumentException(label + "须为true或false");
            default:
                break;
        }
        if (!(raw instanceof String)) {
            throw new IllegalArgumentException(label + "须为文本");
        }
        String s = ((String) raw).trim();
        switch (field.type()) {
            case DATE:
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(label + "须为YYYY-MM-DD格式的日期，收到“" + s + "”");
                }
            case CHOICE:
                if (!field.options().contains(s)) {
                    throw new IllegalArgumentException(label + "须为以下之一：" + String.join("、", field.options()));
                }
                return s;
            case RESIDENT_ID:
                try {
                    return ResidentIds.validate(s, today);
                } catch (InvalidNumberException e) {
                    throw new IllegalArgumentException(label + "：" + e.getMessage());
                }
            case CREDIT_CODE:
                try {
                    return CreditCodes.validate(s);
                } catch (InvalidNumberException e) {
                    throw new IllegalArgumentException(label + "：" + e.getMessage());
                }
            case PHONE:
                if (!PHONE.matcher(s).matches()) {
                    throw new IllegalArgumentException(label + "须为11位手机号码或带区号的固定电话");
                }
                return s;
            default:
                if (s.isEmpty()) {
                    throw new IllegalArgumentException(label + "不能为空");
                }
                if (s.length() > field.maxLength()) {
                    throw new IllegalArgumentException(label + "最多" + field.maxLength() + "个字符");
                }
                return s;
        }
    }
}
