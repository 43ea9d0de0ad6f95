package org.qinqing.hall.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service item (服务事项) of a department: what an applicant can apply for.
 *
 * <p>Time limits are counted in {@link #limitUnit()} (working days unless the item's law
 * says otherwise). The legal limit (法定时限) is the law's; the promised limit (承诺时限) is
 * the hall's public promise and may not exceed it.
 */
public final class Item {
    private final String code;
    private final String name;
    private final ItemType type;
    private final PartyType party;
    private final int legalLimit;
    private final int promisedLimit;
    private final LimitUnit limitUnit;
    private final List<Material> materials;
    private final List<FormField> fields;
    private final Set<Flag> flags;
    private final int maxVisits;
    private final String legalBasis;
    private final String description;
    private final List<String> keywords;

    private Item(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.type = b.type;
        this.party = b.party;
        this.legalLimit = b.legalLimit;
        this.promisedLimit = b.promisedLimit;
        this.limitUnit = b.limitUnit;
        this.materials = List.copyOf(b.materials);
        this.fields = List.copyOf(b.fields);
        this.flags = Collections.unmodifiableSet(b.flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(b.flags));
        this.maxVisits = b.maxVisits;
        this.legalBasis = b.legalBasis;
        this.description = b.description;
        this.keywords = List.copyOf(b.keywords);
    }

    /**
     * Starts an item. Defaults: {@link ItemType#PUBLIC_SERVICE}, {@link PartyType#PERSON},
     * limits in working days, no flags, at most one visit.
     *
     * @param code catalogue-wide unique code, by convention {@code <department>-<slug>}
     * @param name Chinese name as published in the catalogue
     * @return a builder
     */
    public static Builder of(String code, String name) {
        return new Builder(code, name);
    }

    /** @return catalogue-wide unique code */
    public String code() {
        return code;
    }

    /** @return Chinese name */
    public String name() {
        return name;
    }

    /** @return legal category */
    public ItemType type() {
        return type;
    }

    /** @return who may apply */
    public PartyType party() {
        return party;
    }

    /** @return legal time limit (法定时限) in {@link #limitUnit()} */
    public int legalLimit() {
        return legalLimit;
    }

    /** @return promised time limit (承诺时限) in {@link #limitUnit()} */
    public int promisedLimit() {
        return promisedLimit;
    }

    /**
     * @return whether the promised limit is at most half the legal limit (办理时限压缩50%以上), as the
     *         catalogue report and the supervision statistics count it
     * @since 1.1
     */
    public boolean halvedLimit() {
        return legalLimit > 0 && promisedLimit * 2 <= legalLimit;
    }

    /** @return how the limits are counted */
    public LimitUnit limitUnit() {
        return limitUnit;
    }

    /** @return required and optional materials, in checklist order */
    public List<Material> materials() {
        return materials;
    }

    /** @return application form fields, in form order */
    public List<FormField> fields() {
        return fields;
    }

    /** @return service promises */
    public Set<Flag> flags() {
        return flags;
    }

    /** @param flag a flag @return whether the item carries it */
    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** @return the most in-person visits an applicant needs (最多跑动次数) */
    public int maxVisits() {
        return maxVisits;
    }

    /** @return the legal basis (设定依据) */
    public String legalBasis() {
        return legalBasis;
    }

    /** @return a short description for applicants, or an empty string */
    public String description() {
        return description;
    }

    /** @return extra search words (synonyms, common names) */
    public List<String> keywords() {
        return keywords;
    }

    /** @param code a material code @return the material, or {@code null} */
    public Material material(String code) {
        for (Material m : materials) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }

    /** Builds an {@link Item}. */
    public static final class Builder {
        private final String code;
        private final String name;
        private ItemType type = ItemType.PUBLIC_SERVICE;
        private PartyType party = PartyType.PERSON;
        private int legalLimit;
        private int promisedLimit;
        private LimitUnit limitUnit = LimitUnit.WORKING_DAYS;
        private final List<Material> materials = new ArrayList<>();
        private final List<FormField> fields = new ArrayList<>();
        private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        private int maxVisits = 1;
        private String legalBasis = "";
        private String description = "";
        private final List<String> keywords = new ArrayList<>();

        private Builder(String code, String name) {
            this.code = Objects.requireNonNull(code, "code");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param value legal category @return this builder */
        public Builder type(ItemType value) {
            this.type = Objects.requireNonNull(value, "type");
            return this;
        }

        /** @param value who may apply @return this builder */
        public Builder party(PartyType value) {
            this.party = Objects.requireNonNull(value, "party");
            return this;
        }

        /**
         * @param legal legal limit
         * @param promised promised limit, at most the legal one
         * @return this builder
         */
        public Builder limits(int legal, int promised) {
            this.legalLimit = legal;
            this.promisedLimit = promised;
            return this;
        }

        /** @param value how limits are counted @return this builder */
        public Builder limitUnit(LimitUnit value) {
            this.limitUnit = Objects.requireNonNull(value, "limitUnit");
            return this;
        }

        /** @param value a material @return this builder */
        public Builder material(Material value) {
            this.materials.add(Objects.requireNonNull(value, "material"));
            return this;
        }

        /** @param value a material builder @return this builder */
        public Builder material(Material.Builder value) {
            return material(value.build());
        }

        /** @param value a form field @return this builder */
        public Builder field(FormField value) {
            this.fields.add(Objects.requireNonNull(value, "field"));
            return this;
        }

        /** @param value a form field builder @return this builder */
        public Builder field(FormField.Builder value) {
            return field(value.build());
        }

        /** @param values flags to add @return this builder */
        public Builder flags(Flag... values) {
            Collections.addAll(this.flags, values);
            return this;
        }

        /** @param value most in-person visits @return this builder */
        public Builder maxVisits(int value) {
            this.maxVisits = value;
            return this;
        }

        /** @param value the legal basis @return this builder */
        public Builder legalBasis(String value) {
            this.legalBasis = Objects.requireNonNull(value, "legalBasis");
            return this;
        }

        /** @param value short description @return this builder */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** @param values extra search words @return this builder */
        public Builder keywords(String... values) {
            Collections.addAll(this.keywords, values);
            return this;
        }

        /** @return the item */
        public Item build() {
            return new Item(this);
        }
    }
}
