package org.qinqing.hall.dept.industry;

import java.math.BigDecimal;
import org.qinqing.hall.spi.ItemType;

/**
 * One support category of the fund: one row of the fund tables, one service item. The meaning
 * of {@code threshold} and {@code secondary} depends on the {@link Family}, as the factory
 * methods document; amounts of money applicants state are in 万元, grants and caps in 元.
 */
final class FundCategory {

    /** The rule family: which handler decides the category. */
    enum Family {
        /** grant = rate × a stated base (expense, investment, amount raised), capped. */
        PROPORTIONAL,
        /** reward = rate × year-on-year increment of a measure, capped, above a growth rate. */
        GROWTH,
        /** fixed or graded reward for a certificate, recognition or prize obtained recently. */
        CERTIFICATE,
        /** rent or purchase subsidy for premises in Nanshan, by area and unit price, capped. */
        PREMISES,
        /** share of interest, guarantee or insurance fees paid on a financing, capped. */
        FINANCING,
        /** fixed amount per person (or per unit counted), capped. */
        HEADCOUNT
    }

    final String slug;
    final String name;
    final FundPolicy policy;
    final ItemType type;
    final Family family;
    final int legal;
    final int promised;
    /** largest grant, in 元 (for a fixed reward: the reward). */
    final long cap;
    /** percent of the base (PROPORTIONAL, GROWTH, FINANCING, PREMISES rent); per-unit 元 (HEADCOUNT). */
    final BigDecimal rate;
    final long threshold;
    final long secondary;
    /** what the base is (PROPORTIONAL, GROWTH, FINANCING cost), the certificate (CERTIFICATE), who is counted (HEADCOUNT). */
    final String label;
    private String principal = "";
    private BigDecimal purchaseRate = BigDecimal.ZERO;
    private FundTiers tiers;
    private boolean instant;
    private boolean vip;
    private boolean people;
    private String certificateKind;
    private String[] extraMaterial;

    private FundCategory(String slug, String name, FundPolicy policy, ItemType type, Family family, int legal, int promised,
            long cap, double rate, long threshold, long secondary, String label) {
        this.slug = slug;
        this.name = name;
        this.policy = policy;
        this.type = type;
        this.family = family;
        this.legal = legal;
        this.promised = promised;
        this.cap = cap;
        this.rate = BigDecimal.valueOf(rate);
        this.threshold = threshold;
        this.secondary = secondary;
        this.label = label;
    }

    /** Proportional grant: threshold = minimum revenue last year (万元, 0 = none), secondary = minimum base (万元). */
    static FundCategory share(String slug, String name, FundPolicy p, ItemType t, int legal, int promised, String base,
            double ratePercent, long cap, long minRevenue, long minBase) {
        return new FundCategory(slug, name, p, t, Family.PROPORTIONAL, legal, promised, cap, ratePercent, minRevenue, minBase, base);
    }

    /** Growth reward: threshold = minimum value of the measure this year (万元), secondary = minimum growth (%). */
    static FundCategory growth(String slug, String name, FundPolicy p, int legal, int promised, String measure,
            double ratePercent, long cap, long minScale, long minGrowthPercent) {
        return new FundCategory(slug, name, p, ItemType.REWARD, Family.GROWTH, legal, promised, cap, ratePercent, minScale,
                minGrowthPercent, measure);
    }

    /** Fixed reward, decided by rule (秒批) unless {@link #reviewed()}: threshold = months since the certificate's date. */
    static FundCategory award(String slug, String name, FundPolicy p, int legal, int promised, String certificate,
            long amount, int windowMonths) {
        FundCategory c = new FundCategory(slug, name, p, ItemType.REWARD, Family.CERTIFICATE, legal, promised, amount, 0,
                windowMonths, 0, certificate);
        c.instant = true;
        return c;
    }

    /** Graded reward: cap × the grade's share; threshold = months since the certificate's date. */
    static FundCategory tiered(String slug, String name, FundPolicy p, int legal, int promised, String certificate,
            FundTiers tiers, long cap, int windowMonths) {
        FundCategory c = new FundCategory(slug, name, p, ItemType.REWARD, Family.CERTIFICATE, legal, promised, cap, 0,
                windowMonths, 0, certificate);
        c.tiers = tiers;
        return c;
    }

    /**
     * Premises subsidy: rent × 12 × rentRate or price × purchaseRate (a rate of 0 excludes that mode);
     * threshold = minimum area (m²), secondary = minimum revenue last year (万元, 0 = none).
     */
    static FundCategory premises(String slug, String name, FundPolicy p, int legal, int promised, double rentPercent,
            double purchasePercent, long cap, long minArea, long minRevenue) {
        FundCategory c = new FundCategory(slug, name, p, ItemType.PAYMENT, Family.PREMISES, legal, promised, cap, rentPercent,
                minArea, minRevenue, "经营用房");
        c.purchaseRate = BigDecimal.valueOf(purchasePercent);
        return c;
    }

    /** Financing-cost subsidy: rate × cost paid; threshold = minimum principal (万元). */
    static FundCategory financing(String slug, String name, FundPolicy p, int legal, int promised, String principal,
            String cost, double ratePercent, long cap, long minPrincipal) {
        FundCategory c = new FundCategory(slug, name, p, ItemType.PAYMENT, Family.FINANCING, legal, promised, cap, ratePercent,
                minPrincipal, 0, cost);
        c.principal = principal;
        return c;
    }

    /**
     * Per-unit grant: threshold = minimum staff (0 = none), secondary = minimum count; with {@code people} the
     * counted persons must be among the staff.
     */
    static FundCategory headcount(String slug, String name, FundPolicy p, ItemType t, int legal, int promised, String counted,
            long perUnit, long cap, long minCount, long minStaff, boolean people) {
        FundCategory c = new FundCategory(slug, name, p, t, Family.HEADCOUNT, legal, promised, cap, perUnit, minStaff, minCount,
                counted);
        c.people = people;
        return c;
    }

    /** @return this category, decided by an approver rather than by rule */
    FundCategory reviewed() {
        instant = false;
        return this;
    }

    /** @return this category, served at the key-enterprise (VIP) booth */
    FundCategory vip() {
        vip = true;
        return this;
    }

    /** @param kind vault kind of the certificate @return this category, reusing that certificate from the vault */
    FundCategory kind(String kind) {
        certificateKind = kind;
        return this;
    }

    /** @return this category, also requiring a document another item issues (code, name, vault kind) */
    FundCategory requires(String code, String materialName, String kind) {
        extraMaterial = new String[] {code, materialName, kind};
        return this;
    }

    String code() {
        return "industry-fund-" + policy.slug + "-" + slug;
    }

    boolean instant() {
        return instant;
    }

    boolean isVip() {
        return vip;
    }

    boolean people() {
        return people;
    }

    FundTiers tiers() {
        return tiers;
    }

    String principal() {
        return principal;
    }

    String certificateKind() {
        return certificateKind;
    }

    String[] extraMaterial() {
        return extraMaterial;
    }

    BigDecimal rentRate() {
        return rate;
    }

    BigDecimal purchaseRate() {
        return purchaseRate;
    }

    boolean rents() {
        return rate.signum() > 0;
    }

    boolean purchases() {
        return purchaseRate.signum() > 0;
    }

    @Override
    public String toString() {
        return code() + " " + name;
    }
}
