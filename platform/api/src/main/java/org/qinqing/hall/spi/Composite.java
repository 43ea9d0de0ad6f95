package org.qinqing.hall.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A composite item (一件事): steps, each a department's item, and the order between them. The
 * applicant fills one form and hands in one set of materials; each step takes the fields and
 * materials it needs from them (see {@link Step}).
 *
 * <pre>{@code
 * Composite.of("talent-settlement", "人才入户（并联审批）")
 *         .party(PartyType.PERSON)
 *         .step(Step.of("health", "health", "health-family-planning-certificate"))
 *         .step(Step.of("hr", "hr", "hr-talent-introduction"))
 *         .step(Step.of("police", "police", "police-household-transfer-card").after("health", "hr")
 *                 .resultOf("health", "family-planning").resultOf("hr", "talent-approval"))
 *         .build();
 * }</pre>
 */
public final class Composite {
    private final String code;
    private final String name;
    private final String description;
    private final PartyType party;
    private final List<String> keywords;
    private final List<Step> steps;

    private Composite(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.description = b.description;
        this.party = b.party;
        this.keywords = List.copyOf(b.keywords);
        this.steps = List.copyOf(b.steps);
    }

    /**
     * @param code lowercase slug, unique among items and composites, e.g. {@code talent-settlement}
     * @param name Chinese name
     * @return a builder
     */
    public static Builder of(String code, String name) {
        return new Builder(code, name);
    }

    /** @return the code */
    public String code() {
        return code;
    }

    /** @return the Chinese name */
    public String name() {
        return name;
    }

    /** @return what the applicant gets, for the catalogue */
    public String description() {
        return description;
    }

    /** @return who may apply */
    public PartyType party() {
        return party;
    }

    /** @return search words */
    public List<String> keywords() {
        return keywords;
    }

    /** @return the steps in declaration order */
    public List<Step> steps() {
        return steps;
    }

    /** @param id a step id @return the step, or {@code null} */
    public Step step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** Builds a {@link Composite}. */
    public static final class Builder {
        private final String code;
        private final String name;
        private String description = "";
        private PartyType party = PartyType.PERSON;
        private final List<String> keywords = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        private Builder(String code, String name) {
            this.code = Objects.requireNonNull(code, "code");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param text description @return this */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text);
            return this;
        }

        /** @param type who may apply (default person) @return this */
        public Builder party(PartyType type) {
            this.party = Objects.requireNonNull(type);
            return this;
        }

        /** @param words search words @return this */
        public Builder keywords(String... words) {
            keywords.addAll(List.of(words));
            return this;
        }

        /** @param step a step, built @return this */
        public Builder step(Step.Builder step) {
            steps.add(step.build());
            return this;
        }

        /** @return the composite; the platform validates the graph when it arrives */
        public Composite build() {
            if (steps.isEmpty()) {
                throw new IllegalStateException("composite " + code + " has no steps");
            }
            return new Composite(this);
        }
    }
}
