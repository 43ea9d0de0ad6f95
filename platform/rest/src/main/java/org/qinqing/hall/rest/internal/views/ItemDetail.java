package org.qinqing.hall.rest.internal.views;

import java.util.List;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;

/**
 * One item in full ({@code GET /api/v1/items/{code}}): the list fields plus legal basis,
 * materials checklist and form.
 */
public record ItemDetail(String code, String name, String type, String typeLabel, String party, String department,
        String departmentName, String level, int legalLimitDays, int promisedLimitDays, String limitUnit,
        List<String> flags, int maxVisits, String version, boolean composite, String legalBasis,
        String description, List<String> keywords, List<MaterialView> materials, List<FieldView> fields) {

    /**
     * A material of the checklist.
     *
     * @param code material code
     * @param name Chinese name
     * @param required mandatory or optional
     * @param form ORIGINAL, COPY or ELECTRONIC
     * @param reusable whether the vault may supply it
     * @param kind vault kind
     * @param note remark
     */
    public record MaterialView(String code, String name, boolean required, String form, boolean reusable,
            String kind, String note) {
    }

    /**
     * A form field.
     *
     * @param key JSON key
     * @param label Chinese label
     * @param type value type
     * @param required mandatory or optional
     * @param options allowed values of a choice
     * @param maxLength longest text
     */
    public record FieldView(String key, String label, String type, boolean required, List<String> options, int maxLength) {
    }

    /** @param ci a catalogue item @return its full view */
    public static ItemDetail of(CatalogueItem ci) {
        Item i = ci.item();
        List<MaterialView> materials = i.materials().stream().map(ItemDetail::material).toList();
        List<FieldView> fields = i.fields().stream().map(ItemDetail::field).toList();
        return new ItemDetail(i.code(), i.name(), i.type().name(), i.type().label(), i.party().name(), ci.department(),
                ci.departmentName(), ci.level().name(), i.legalLimit(), i.promisedLimit(), i.limitUnit().name(),
                ItemView.flags(i), i.maxVisits(), ci.version(), false, i.legalBasis(), i.description(), i.keywords(),
                materials, fields);
    }

    static MaterialView material(Material m) {
        return new MaterialView(m.code(), m.name(), m.required(), m.form().name(), m.reusable(), m.kind(), m.note());
    }

    static FieldView field(FormField f) {
        return new FieldView(f.key(), f.label(), f.type().name(), f.required(), f.options().isEmpty() ? null : f.options(),
                f.maxLength());
    }
}
