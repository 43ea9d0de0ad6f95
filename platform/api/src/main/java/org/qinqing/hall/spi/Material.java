package org.qinqing.hall.spi;

import java.util.Objects;

/**
 * A material (申请材料) an item requires.
 *
 * <p>A material whose {@link #reusable()} is true is matched against the applicant's material
 * vault by its {@link #kind()}: a valid material of the same kind already in the vault is
 * offered for reuse instead of being handed in again (一次提交, 终身通用).
 */
public final class Material {
    private final String code;
    private final String name;
    private final boolean required;
    private final MaterialForm form;
    private final boolean reusable;
    private final String kind;
    private final String note;

    private Material(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.required = b.required;
        this.form = b.form;
        this.reusable = b.reusable;
        this.kind = b.kind == null ? b.code : b.kind;
        this.note = b.note;
    }

    /**
     * Starts a required, copy-form, non-reusable material.
     *
     * @param code key of the material within its item, e.g. {@code degree}
     * @param name Chinese name, e.g. {@code 学历证书}
     * @return a builder
     */
    public static Builder of(String code, String name) {
        return new Builder(code, name);
    }

    /** @return key of the material within its item */
    public String code() {
        return code;
    }

    /** @return the Chinese name */
    public String name() {
        return name;
    }

    /** @return whether the application is incomplete without it */
    public boolean required() {
        return required;
    }

    /** @return original, copy or electronic */
    public MaterialForm form() {
        return form;
    }

    /** @return whether a valid material of the same {@link #kind()} in the vault may be reused */
    public boolean reusable() {
        return reusable;
    }

    /** @return the vault kind shared across departments, e.g. {@code id-card}; defaults to the code */
    public String kind() {
        return kind;
    }

    /** @return a remark for the applicant, or {@code null} */
    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return code + "(" + name + ")";
    }

    /** Builds a {@link Material}. */
    public static final class Builder {
        private final String code;
        private final String name;
        private boolean required = true;
        private MaterialForm form = MaterialForm.COPY;
        private boolean reusable;
        private String kind;
        private String note;

        private Builder(String code, String name) {
            this.code = Objects.requireNonNull(code, "code");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @return this builder, marking the material optional */
        public Builder optional() {
            this.required = false;
            return this;
        }

        /** @param value original, copy or electronic @return this builder */
        public Builder form(MaterialForm value) {
            this.form = Objects.requireNonNull(value, "form");
            return this;
        }

        /** @return this builder, marking the material reusable from the vault under its code as kind */
        public Builder reusable() {
            this.reusable = true;
            return this;
        }

        /** @param vaultKind the shared vault kind @return this builder, marking the material reusable under that kind */
        public Builder reusable(String vaultKind) {
            this.reusable = true;
            this.kind = vaultKind;
            return this;
        }

        /** @param value remark for the applicant @return this builder */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /** @return the material */
        public Material build() {
            return new Material(this);
        }
    }
}
