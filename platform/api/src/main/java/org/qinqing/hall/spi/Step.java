package org.qinqing.hall.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link Composite}: a department's item, started as a sub-case of that
 * department as soon as the steps it comes {@link Builder#after after} are approved.
 *
 * <p>What the sub-case gets: each form field of the item from the shared form field of the same
 * name (or the one given by {@link Builder#field}), or a {@link Builder#value fixed value}; each
 * material from the shared material of the same code (or {@link Builder#material}), or from a
 * document an earlier step issued ({@link Builder#resultOf}); reusable materials the applicant
 * already holds come from the vault as always.
 *
 * @param id the step id, unique in its composite, e.g. {@code police}
 * @param department the department code
 * @param itemCode the department's item
 * @param dependsOn ids of the steps that must be approved first
 * @param fields item field code → shared form field, where they differ
 * @param values item field code → fixed value
 * @param materials item material code → shared material code, where they differ
 * @param results item material code → id of the earlier step whose issued document it is
 * @param applicantFrom where the applicant of this step comes from, when it is not the composite's applicant
 */
public record Step(String id, String department, String itemCode, List<String> dependsOn, Map<String, String> fields,
        Map<String, Object> values, Map<String, String> materials, Map<String, String> results, ApplicantFrom applicantFrom) {

    /**
     * The applicant of a step taken from a document an earlier step issued — e.g. the enterprise a
     * business licence brings into being; the composite's applicant acts for it as its agent (经办人).
     *
     * @param step the earlier step
     * @param documentKind vault kind of the issued document, e.g. {@code business-licence}
     * @param numberAttribute the document attribute holding the credit code, e.g. {@code creditCode}
     * @param nameAttribute the document attribute holding the name, e.g. {@code name}
     */
    public record ApplicantFrom(String step, String documentKind, String numberAttribute, String nameAttribute) {
    }

    /**
     * @param id step id (lowercase slug)
     * @param department department code
     * @param itemCode item code
     * @return a builder
     */
    public static Builder of(String id, String department, String itemCode) {
        return new Builder(id, department, itemCode);
    }

    /** Builds a {@link Step}. */
    public static final class Builder {
        private final String id;
        private final String department;
        private final String itemCode;
        private final List<String> dependsOn = new ArrayList<>();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, String> materials = new LinkedHashMap<>();
        private final Map<String, String> results = new LinkedHashMap<>();
        private ApplicantFrom applicantFrom;

        private Builder(String id, String department, String itemCode) {
            this.id = Objects.requireNonNull(id, "id");
            this.department = Objects.requireNonNull(department, "department");
            this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        }

        /** @param stepIds steps that must be approved before this one starts @return this */
        public Builder after(String... stepIds) {
            dependsOn.addAll(List.of(stepIds));
            return this;
        }

        /** @param itemField the item's field @param sharedField the shared form's field @return this */
        public Builder field(String itemField, String sharedField) {
            fields.put(itemField, sharedField);
            return this;
        }

        /**
         * @param itemField the item's field
         * @param value its fixed value in this composite: a {@link String} (dates as ISO text,
         *        {@code 2026-03-02}), a {@link Boolean} or a whole or decimal number — what the
         *        platform can store with the composite and hand to the step's department
         * @return this
         * @throws IllegalArgumentException for a missing value or one of another type
         */
        public Builder value(String itemField, Object value) {
            if (!(value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                    || value instanceof java.math.BigDecimal)) {
                throw new IllegalArgumentException("step " + id + ": the fixed value of field " + itemField + " is "
                        + (value == null ? "missing" : "a " + value.getClass().getName())
                        + "; give a String (dates as ISO text), a Boolean, an Integer, a Long or a BigDecimal");
            }
            values.put(itemField, value);
            return this;
        }

        /** @param itemMaterial the item's material @param sharedMaterial the shared material @return this */
        public Builder material(String itemMaterial, String sharedMaterial) {
            materials.put(itemMaterial, sharedMaterial);
            return this;
        }

        /**
         * @param stepId an earlier step (directly or indirectly before this one)
         * @param itemMaterial the item's material that the earlier step's issued document provides
         * @return this
         */
        public Builder resultOf(String stepId, String itemMaterial) {
            results.put(itemMaterial, stepId);
            return this;
        }

        /**
         * @param stepId an earlier step whose issued document names this step's applicant
         * @param documentKind the document's vault kind
         * @param numberAttribute attribute with the applicant's number
         * @param nameAttribute attribute with the applicant's name
         * @return this
         */
        public Builder applicantFrom(String stepId, String documentKind, String numberAttribute, String nameAttribute) {
            applicantFrom = new ApplicantFrom(stepId, documentKind, numberAttribute, nameAttribute);
            return this;
        }

        /** @return the step */
        public Step build() {
            return new Step(id, department, itemCode, List.copyOf(dependsOn), Map.copyOf(fields), Map.copyOf(values),
                    Map.copyOf(materials), Map.copyOf(results), applicantFrom);
        }
    }
}
