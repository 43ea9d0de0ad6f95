package org.qinqing.hall.spi;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A result an approval issues (证照, 批文, 证明). The platform stores it in the holder's
 * material vault under {@link #kind()}, where later applications reuse it.
 */
public final class IssuedDocument {
    private final String kind;
    private final String title;
    private final LocalDate validUntil;
    private final String text;
    private final Map<String, String> attributes;

    private IssuedDocument(Builder b) {
        this.kind = b.kind;
        this.title = b.title;
        this.validUntil = b.validUntil;
        this.text = b.text;
        this.attributes = Map.copyOf(b.attributes);
    }

    /**
     * @param kind vault kind, shared with the {@link Material#kind()} of items that reuse it
     * @param title title of the document, e.g. {@code 深圳市户籍迁入指标卡}
     * @return a builder
     */
    public static Builder of(String kind, String title) {
        return new Builder(kind, title);
    }

    /** @return vault kind */
    public String kind() {
        return kind;
    }

    /** @return title */
    public String title() {
        return title;
    }

    /** @return last day of validity, or {@code null} */
    public LocalDate validUntil() {
        return validUntil;
    }

    /** @return the document's text (the platform renders and stores it) */
    public String text() {
        return text;
    }

    /** @return structured attributes later handlers can read through {@link ProvidedMaterial#attributes()} */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** Builds an {@link IssuedDocument}. */
    public static final class Builder {
        private final String kind;
        private final String title;
        private LocalDate validUntil;
        private String text = "";
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(String kind, String title) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** @param value last day of validity @return this builder */
        public Builder validUntil(LocalDate value) {
            this.validUntil = value;
            return this;
        }

        /** @param value the document's text @return this builder */
        public Builder text(String value) {
            this.text = Objects.requireNonNull(value, "text");
            return this;
        }

        /** @param key attribute name @param value attribute value @return this builder */
        public Builder attribute(String key, String value) {
            this.attributes.put(key, value);
            return this;
        }

        /** @return the document */
        public IssuedDocument build() {
            return new IssuedDocument(this);
        }
    }
}
