package org.qinqing.hall.api;

import java.util.Locale;

/** What can be done to a case after intake; each has its roles and allowed states in the core. */
public enum CaseAction {
    /** 受理 after an online pre-review (网上预审): a clerk accepts; the clocks start (since 1.2). */
    ACCEPT,
    /** 不予受理 after an online pre-review, with a reason (since 1.2). */
    NOT_ACCEPT,
    /** 开始审查: an approver of the department takes the case. */
    REVIEW,
    /** 要求补正: an approver asks for materials; the clocks pause. */
    REQUEST_SUPPLEMENT,
    /** 补正: materials or fields supplied; the formal check runs again. */
    SUPPLEMENT,
    /** 中止 for a special procedure (hearing, testing, expert review); the clocks pause. */
    SUSPEND,
    /** 恢复 after a special procedure. */
    RESUME,
    /** 准予: the department's rules must pass; results are issued into the vault. */
    APPROVE,
    /** 不予批准, with a reason. */
    DENY,
    /** 办结: the result is delivered (at the window, by post, electronically). */
    COMPLETE,
    /** 撤回: by the applicant. */
    WITHDRAW,
    /** 延期: a supervisor extends the legal deadline, with a reason, within the law's bound. */
    EXTEND;

    /** @return the path segment, e.g. {@code request-supplement} */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @param path a path segment @return the action, or {@code null} */
    public static CaseAction fromPath(String path) {
        for (CaseAction a : values()) {
            if (a.path().equals(path)) {
                return a;
            }
        }
        return null;
    }
}
