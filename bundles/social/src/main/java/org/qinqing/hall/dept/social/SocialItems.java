package org.qinqing.hall.dept.social;

/** Item codes and shared vault kinds of 深圳市社会保险基金管理局南山分局. */
final class SocialItems {
    // employers
    static final String EMPLOYER_REGISTRATION = "social-employer-registration";
    static final String EMPLOYEE_ENROLMENT = "social-employee-enrolment";
    static final String EMPLOYEE_SUSPENSION = "social-employee-suspension";
    static final String EMPLOYER_INFO_CHANGE = "social-employer-info-change";
    static final String EMPLOYER_RECORD = "social-employer-record";
    // benefits
    static final String PENSION_TRANSFER = "social-pension-transfer";
    static final String PENSION_CLAIM = "social-pension-claim";
    static final String MATERNITY_ALLOWANCE = "social-maternity-allowance";
    static final String UNEMPLOYMENT_BENEFIT = "social-unemployment-benefit";
    static final String DISABILITY_GRANT = "social-work-injury-disability-grant";
    static final String FUNERAL_GRANT = "social-funeral-grant";
    // persons
    static final String FLEXIBLE_ENROLMENT = "social-flexible-enrolment";
    static final String PERSONAL_RECORD = "social-personal-record";
    static final String MEDICAL_REIMBURSEMENT = "social-medical-reimbursement";
    static final String OFFSITE_MEDICAL_FILING = "social-offsite-medical-filing";
    static final String SOCIAL_SECURITY_CARD = "social-security-card";
    static final String PENSION_CERTIFICATION = "social-pension-certification";

    /** Vault kind of the 参保证明 printed for persons and employers. */
    static final String RECORD_KIND = "social-insurance-record";

    static final String LAW = "《中华人民共和国社会保险法》";
    static final String WORKER = "生产操作岗位";
    static final String MANAGER = "管理技术岗位";
    static final String[] POSTS = {WORKER, MANAGER};

    private SocialItems() {
    }
}
