package org.qinqing.hall.dept.ecology;

/** Item codes and shared vault kinds of 深圳市生态环境局南山管理局. */
final class EcologyItems {
    static final String EIA_FORM_APPROVAL = "ecology-eia-report-form-approval";
    static final String EIA_BOOK_APPROVAL = "ecology-eia-report-book-approval";
    static final String EIA_REGISTRATION = "ecology-eia-registration";
    static final String EIA_RECHECK = "ecology-eia-recheck";
    static final String NIGHT_CONSTRUCTION = "ecology-night-construction";
    static final String COMPLAINT = "ecology-complaint";
    static final String DISCHARGE_PERMIT = "ecology-discharge-permit";
    static final String DISCHARGE_CHANGE = "ecology-discharge-permit-change";
    static final String DISCHARGE_RENEWAL = "ecology-discharge-permit-renewal";
    static final String DISCHARGE_REGISTRATION = "ecology-discharge-registration";
    static final String HAZWASTE_PLAN = "ecology-hazwaste-plan-filing";
    static final String RADIATION_LICENCE = "ecology-radiation-licence";
    static final String EMERGENCY_PLAN = "ecology-env-emergency-plan-filing";
    static final String HAZWASTE_COLLECTION = "ecology-hazwaste-collection-licence";

    /** Vault kind of an EIA approval (环评批复), required by the discharge permit. */
    static final String EIA_APPROVAL_KIND = "eia-approval";
    /** Vault kind of the 排污许可证. */
    static final String DISCHARGE_PERMIT_KIND = "pollutant-discharge-permit";

    static final String EIA_LAW = "《中华人民共和国环境影响评价法》";
    static final String PERMIT_REGULATION = "《排污许可管理条例》";

    private EcologyItems() {
    }
}
