package org.qinqing.hall.dept.market;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Item;

/** The items of 深圳市市场监督管理局南山监管局: codes, shared vault kinds, and the catalogue in theme order. */
final class MarketItems {
    // commercial registration (商事登记)
    static final String BUSINESS_REGISTRATION = "market-business-registration";
    static final String NAME_DECLARATION = "market-name-declaration";
    static final String CHANGE_REGISTRATION = "market-change-registration";
    static final String DEREGISTRATION = "market-deregistration";
    static final String BRANCH_REGISTRATION = "market-branch-registration";
    static final String INDIVIDUAL_REGISTRATION = "market-individual-business-registration";
    static final String INDIVIDUAL_CHANGE = "market-individual-business-change";
    static final String INDIVIDUAL_DEREGISTRATION = "market-individual-business-deregistration";
    static final String LICENCE_REISSUE = "market-licence-reissue";
    static final String ANNUAL_REPORT = "market-annual-report";
    static final String ABNORMAL_LIST_REMOVAL = "market-abnormal-list-removal";
    static final String EQUITY_PLEDGE = "market-equity-pledge";
    // food, drugs and medical devices
    static final String FOOD_BUSINESS_LICENCE = "market-food-business-licence";
    static final String FOOD_LICENCE_CHANGE = "market-food-business-licence-change";
    static final String FOOD_LICENCE_RENEWAL = "market-food-business-licence-renewal";
    static final String PREPACKAGED_FOOD_FILING = "market-prepackaged-food-filing";
    static final String FOOD_PRODUCTION_LICENCE = "market-food-production-licence";
    static final String DRUG_RETAIL_LICENCE = "market-drug-retail-licence";
    static final String MEDICAL_DEVICE_FILING = "market-medical-device-filing";
    static final String MEDICAL_DEVICE_LICENCE = "market-medical-device-licence";
    // special equipment, metrology, consumers
    static final String SPECIAL_EQUIPMENT_REGISTRATION = "market-special-equipment-registration";
    static final String EQUIPMENT_OPERATOR = "market-special-equipment-operator";
    static final String METROLOGY_VERIFICATION = "market-metrology-verification";
    static final String CONSUMER_COMPLAINT = "market-consumer-complaint";

    /** Vault kind of the 食品经营许可证 this department issues. */
    static final String FOOD_LICENCE = "food-business-licence";
    /** Vault kind of the premises proof (住所、经营场所使用证明), shared by registration and licensing items. */
    static final String PREMISES_PROOF = "premises-proof";
    /** Vault kind of the annual report receipt (年度报告公示回执). */
    static final String ANNUAL_REPORT_RECEIPT = "annual-report-receipt";
    /** Vault kind of the tax clearance certificate (清税证明) issued by the tax bureau. */
    static final String TAX_CLEARANCE = "tax-clearance-certificate";

    private MarketItems() {
    }

    static List<Item> all() {
        List<Item> all = new ArrayList<>();
        all.addAll(RegistrationItems.all());
        all.addAll(FoodDrugItems.all());
        all.addAll(SafetyItems.all());
        return List.copyOf(all);
    }
}
