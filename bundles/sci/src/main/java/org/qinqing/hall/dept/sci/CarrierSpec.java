package org.qinqing.hall.dept.sci;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/**
 * One innovation carrier or platform the bureau recognises or recommends (孵化器, 众创空间, 新型研发
 * 机构, 工程技术研究中心, 重点实验室, 科普教育基地): its minimum figures, minimum shares and operating
 * time, from which both the item's form and its {@link MinimumRequirements} rules are made. The
 * carrier must be located in Nanshan; the applicant comes once for the on-site inspection.
 */
final class CarrierSpec {

    /** A figure that must reach a minimum. */
    record Minimum(String key, String label, String unit, long min, boolean whole) {
    }

    /** A share numerator / denominator that must reach a minimum percent. */
    record Share(String numerator, String denominator, String label, long minPercent) {
    }

    final String code;
    final String name;
    final ItemType type;
    final String basis;
    final String documentTitle;
    final String documentKind;
    final int validYears;
    final int minMonths;
    private final List<Minimum> minimums = new ArrayList<>();
    private final List<Share> shares = new ArrayList<>();
    private final List<String[]> materials = new ArrayList<>();
    private final List<String[]> extraFields = new ArrayList<>();
    private String description = "";
    private String[] keywords = new String[0];

    CarrierSpec(String code, String name, ItemType type, String basis, String documentTitle, String documentKind, int validYears,
            int minMonths) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.basis = basis;
        this.documentTitle = documentTitle;
        this.documentKind = documentKind;
        this.validYears = validYears;
        this.minMonths = minMonths;
    }

    CarrierSpec min(String key, String label, String unit, long min, boolean whole) {
        minimums.add(new Minimum(key, label, unit, min, whole));
        return this;
    }

    /** A figure only used as the part or whole of a share; counted in persons when the unit is 人. */
    CarrierSpec figure(String key, String label, String unit) {
        extraFields.add(new String[] {key, label, unit});
        return this;
    }

    CarrierSpec share(String numerator, String denominator, String label, long minPercent) {
        shares.add(new Share(numerator, denominator, label, minPercent));
        return this;
    }

    CarrierSpec material(String code, String materialName) {
        materials.add(new String[] {code, materialName});
        return this;
    }

    CarrierSpec describe(String text, String... words) {
        description = text;
        keywords = words;
        return this;
    }

    List<Minimum> minimums() {
        return minimums;
    }

    List<Share> shares() {
        return shares;
    }

    /** @return label of a figure's field, by key */
    String label(String key) {
        for (Minimum m : minimums) {
            if (m.key().equals(key)) {
                return m.label();
            }
        }
        for (String[] f : extraFields) {
            if (f[0].equals(key)) {
                return f[1];
            }
        }
        return key;
    }

    Item item() {
        Item.Builder b = Item.of(code, name).type(type).party(PartyType.ENTERPRISE).limits(30, 20)
                .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                .legalBasis(basis).description(description).keywords(keywords)
                .material(CommonMaterials.businessLicence())
                .material(CommonMaterials.legalRepresentativeId());
        for (String[] m : materials) {
            b.material(Material.of(m[0], m[1]));
        }
        b.field(FormField.of(MinimumRequirements.ADDRESS, "所在地址", FieldType.TEXT).maxLength(120));
        if (minMonths > 0) {
            b.field(FormField.of(MinimumRequirements.START, "开始运营日期", FieldType.DATE));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Minimum m : minimums) {
            keys.add(m.key());
            b.field(FormField.of(m.key(), m.label() + "（" + m.unit() + "）", m.whole() ? FieldType.INTEGER : FieldType.DECIMAL));
        }
        for (String[] f : extraFields) {
            if (keys.add(f[0])) {
                b.field(FormField.of(f[0], f[1] + "（" + f[2] + "）", "人".equals(f[2]) ? FieldType.INTEGER : FieldType.DECIMAL));
            }
        }
        return b.build();
    }

    static BigDecimal value(Object v) {
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }
}
