package org.qinqing.hall.spi;

import java.util.List;
import java.util.Objects;

/** A field of an item's application form; the platform validates submitted values against it. */
public final class FormField {
    private final String key;
    private final String label;
    private final FieldType type;
    private final boolean required;
    private final List<String> options;
    private final int maxLength;

    private FormField(Builder b) {
        this.key = b.key;
        this.label = b.label;
        this.type = b.type;
        this.required = b.required;
        this.options = List.copyOf(b.options);
        this.maxLength = b.maxLength;
    }

    /**
     * Starts a required field.
     *
     * @param key JSON key of the value in the application's {@code form} object
     * @param label Chinese label
     * @param type value type
     * @return a builder
     */
    public static Builder of(String key, String label, FieldType type) {
        return new Builder(key, label, type);
    }

    /** @return JSON key */
    public String key() {
        return key;
    }

    /** @return Chinese label */
    public String label() {
        return label;
    }

    /** @return value type */
    public FieldType type() {
        return type;
    }

    /** @return whether a value must be given */
    public boolean required() {
        return required;
    }

    /** @return allowed values of a {@link FieldType#CHOICE} field, else empty */
    public List<String> options() {
        return options;
    }

    /** @return the longest accepted text value */
    public int maxLength() {
        return maxLength;
    }

    /** Builds a {@link FormField}. */
    public static final class Builder {
        private final String key;
        private final String label;
        private final FieldType type;
        private boolean required = true;
        private List<String> options = List.of();
        private int maxLength = 200;

        private Builder(String key, String label, FieldType type) {
            this.key = Objects.requireNonNull(key, "key");
            this.label = Objects.requireNonNull(label, "label");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** @return this builder, marking the field optional */
        public Builder optional() {
            this.required = false;
            return this;
        }

        /** @param values allowed values of a choice field @return this builder */
        public Builder options(String... values) {
            this.options = List.of(values);
            return this;
        }

        /** @param value longest accepted text @return this builder */
        public Builder maxLength(int value) {
            this.maxLength = value;
            return this;
        }

        /** @return the field */
        public FormField build() {
            return new FormField(this);
        }
    }
}
