package org.qinqing.hall.dept.emergency;

/** Item codes and shared vault kinds of 南山区应急管理局. */
final class EmergencyItems {
    static final String HAZCHEM_LICENCE = "emergency-hazchem-business-licence";
    static final String HAZCHEM_CHANGE = "emergency-hazchem-licence-change";
    static final String HAZCHEM_RENEWAL = "emergency-hazchem-licence-renewal";
    static final String PROJECT_SAFETY_CONDITIONS = "emergency-hazchem-project-safety-conditions";
    static final String PROJECT_SAFETY_DESIGN = "emergency-hazchem-project-safety-design";
    static final String MAJOR_HAZARD_FILING = "emergency-major-hazard-filing";
    static final String FIRE_SAFETY_CHECK = "emergency-fire-safety-check";
    static final String ACCIDENT_PLAN_FILING = "emergency-accident-plan-filing";
    static final String PRINCIPAL_ASSESSMENT = "emergency-principal-assessment";
    static final String SPECIAL_OPERATIONS = "emergency-special-operations-certificate";
    static final String REPORT_REWARD = "emergency-report-reward";
    static final String DISASTER_RELIEF = "emergency-disaster-relief";

    /** Vault kind of the 危险化学品经营许可证. */
    static final String HAZCHEM_KIND = "hazchem-business-licence";
    /** Vault kind of the 公众聚集场所投入使用、营业前消防安全检查合格证. */
    static final String FIRE_PERMIT_KIND = "fire-safety-permit";

    static final String SAFETY_LAW = "《中华人民共和国安全生产法》";
    static final String HAZCHEM_REGULATION = "《危险化学品安全管理条例》";

    private EmergencyItems() {
    }
}
