package org.qinqing.hall.dept.planning;

/** Item codes and shared vault kinds of 深圳市规划和自然资源局南山管理局. */
final class PlanningItems {
    // planning and land
    static final String LAND_USE_PERMIT = "planning-land-use-planning-permit";
    static final String WORKS_PERMIT = "planning-construction-works-permit";
    static final String TEMPORARY_LAND_USE = "planning-temporary-land-use";
    static final String TEMPORARY_CONSTRUCTION = "planning-temporary-construction";
    static final String PLANNING_VERIFICATION = "planning-verification";
    static final String FOREST_LAND = "planning-forest-land-use";
    static final String BUILDING_NAMING = "planning-building-naming";
    static final String SURVEY_RESULTS = "planning-survey-results";
    // real estate registration
    static final String FIRST_REGISTRATION = "planning-first-registration";
    static final String TRANSFER_REGISTRATION = "planning-transfer-registration";
    static final String MORTGAGE_REGISTRATION = "planning-mortgage-registration";
    static final String MORTGAGE_CANCELLATION = "planning-mortgage-cancellation";
    static final String RECORDS_QUERY = "planning-records-query";
    static final String PROPERTY_STATUS = "planning-property-status-certificate";
    static final String CERTIFICATE_REISSUE = "planning-certificate-reissue";
    static final String CORRECTION = "planning-correction-registration";

    static final String LAND_USE_PERMIT_KIND = "land-use-planning-permit";
    static final String WORKS_PERMIT_KIND = "construction-works-permit";
    static final String VERIFICATION_KIND = "planning-verification-certificate";
    static final String PROPERTY_CERTIFICATE_KIND = "property-certificate";

    static final String PLANNING_LAW = "《中华人民共和国城乡规划法》";
    static final String REGISTRATION_RULES = "《不动产登记暂行条例》";
    static final String REGISTRATION_DETAILS = "《不动产登记暂行条例实施细则》";

    private PlanningItems() {
    }
}
