package org.qinqing.hall.composite.restaurant;

import java.util.List;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.CompositePlugin;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.Step;

/**
 * 开办餐饮店「一件事」: the founder applies once, with one form and one set of materials. The
 * market regulator registers the enterprise first (秒批, electronic business licence); as soon as
 * the licence is issued, six items of six departments (the market regulator among them again)
 * start at the same time, each for the new enterprise with the founder as its agent (经办人):
 * the food business licence (market), the new taxpayer package (tax), employer social insurance
 * registration (social insurance), the fire safety check before opening (emergency), the
 * environmental impact registration form (ecology) and the shop signboard (urban management).
 * Every step but the EIA filing (which asks for no licence) takes the business licence from the
 * vault.
 *
 * <p>One restaurant, one address: the enterprise's domicile (住所) is the restaurant's premises, so
 * the registration's {@code address}, the premises of the food licence, the fire check and the
 * signboard, and the EIA's construction site ({@code location}) are one shared field, and the
 * fire check's building area is the food licence's premises area. The food licence's business
 * category and the fire check's venue category are the catering ones; the EIA category is the
 * applicant's to declare ({@code eiaCategory}), since it follows from the classification catalogue,
 * not from being a restaurant.
 */
public final class RestaurantOpening implements CompositePlugin {
    /** The composite's code. */
    public static final String CODE = "restaurant-opening";
    /** The step that registers the enterprise; every other step comes after it. */
    public static final String LICENCE = "licence";
    /** Vault kind of the business licence the registration issues. */
    public static final String BUSINESS_LICENCE = "business-licence";
    /** Attribute of the business licence with the enterprise's Unified Social Credit Code. */
    public static final String CREDIT_CODE = "creditCode";
    /** Attribute of the business licence with the enterprise's name. */
    public static final String NAME = "name";
    /** 主体业态 of the food business licence: a restaurant is a catering business. */
    public static final String FOOD_CATEGORY = "餐饮服务经营者";
    /** 场所类别 of the fire safety check: a restaurant is a catering venue. */
    public static final String FIRE_CATEGORY = "餐饮场所";

    @Override
    public List<Composite> composites() {
        return List.of(Composite.of(CODE, "开办餐饮店（一件事）")
                .party(PartyType.PERSON)
                .description("开餐馆、饭店一次申请、一套材料、一次到窗：先即时核发营业执照（商事登记秒批），随即由市场监管、税务、社保、"
                        + "应急管理、生态环境、城市管理六个部门同时办理食品经营许可、新办纳税人涉税事项、单位参保登记、"
                        + "公众聚集场所营业前消防安全检查、建设项目环境影响登记表备案、户外招牌设置，各环节凭电子营业执照办理，"
                        + "申请人作为新设企业的经办人。适用于企业住所即餐饮店经营场所、按名录填报环境影响登记表的餐饮店。")
                .keywords("开餐馆", "开饭店", "开餐厅", "餐饮", "餐饮店", "开店", "食品经营许可", "一件事", "并联审批")
                .step(Step.of(LICENCE, "market", "market-business-registration"))
                .step(enterpriseStep("food-licence", "market", "market-food-business-licence")
                        .value("category", FOOD_CATEGORY)
                        .resultOf(LICENCE, "business-licence"))
                .step(enterpriseStep("tax", "tax", "tax-new-taxpayer")
                        .resultOf(LICENCE, "business-licence"))
                .step(enterpriseStep("social-insurance", "social", "social-employer-registration")
                        .resultOf(LICENCE, "business-licence"))
                .step(enterpriseStep("fire-safety", "emergency", "emergency-fire-safety-check")
                        .value("category", FIRE_CATEGORY)
                        .field("area", "premisesArea")
                        .resultOf(LICENCE, "business-licence"))
                .step(enterpriseStep("eia", "ecology", "ecology-eia-registration")
                        .field("location", "address")
                        .field("category", "eiaCategory"))
                .step(enterpriseStep("signboard", "urban", "urban-signboard")
                        .resultOf(LICENCE, "business-licence"))
                .build());
    }

    /** @return a step for the enterprise the licence step registers, started once its business licence is issued */
    private static Step.Builder enterpriseStep(String id, String department, String itemCode) {
        return Step.of(id, department, itemCode).after(LICENCE).applicantFrom(LICENCE, BUSINESS_LICENCE, CREDIT_CODE, NAME);
    }
}
