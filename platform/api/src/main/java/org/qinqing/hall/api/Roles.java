package org.qinqing.hall.api;

/**
 * Staff roles in the Karaf JAAS realm. An approver also holds one {@code dept:<code>} role per
 * department they act for; the REST API and console check both.
 */
public final class Roles {
    /** 窗口受理人员: accepts any item at any window. */
    public static final String CLERK = "clerk";
    /** 审批人员: decides cases of their own department(s). */
    public static final String APPROVER = "approver";
    /** 督查人员: watches deadlines, closes accountability records, overrides credit codes. */
    public static final String SUPERVISOR = "supervisor";
    /** 平台管理员: manages departments, calendars and accounts. */
    public static final String ADMIN = "admin";
    /** 自助终端: a self-service kiosk's account, which takes tickets and checks in appointments (the queue floor). @since 1.2 */
    public static final String KIOSK = "kiosk";
    /** Prefix of the department scope roles. */
    /** An applicant logged in to the online hall (not a staff role: no staff endpoint admits it). Since 1.2. */
    public static final String APPLICANT = "applicant";
    public static final String DEPARTMENT_PREFIX = "dept:";

    private Roles() {
    }

    /** @param departmentCode a department code @return the role that scopes a staff member to it */
    public static String department(String departmentCode) {
        return DEPARTMENT_PREFIX + departmentCode;
    }
}
