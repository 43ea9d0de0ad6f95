package org.qinqing.hall.store;

/**
 * One event for the audit trail: who did what to which subject, from which state to which,
 * where (channel, window) and why.
 *
 * @param subjectType e.g. {@code case}, {@code party}, {@code calendar}
 * @param subject the subject's key (case number, masked party number …)
 * @param action e.g. {@code accept}, {@code approve}
 * @param actor user name or {@code system:<job>}
 * @param channel counter, online, wechat, kiosk, console, api
 * @param window the window (窗口) or {@code null}
 * @param fromStatus state before, or {@code null}
 * @param toStatus state after, or {@code null}
 * @param reason why, or {@code null}
 * @param detail further facts as compact JSON, or {@code null}
 */
public record AuditRecord(String subjectType, String subject, String action, String actor, String channel,
        String window, String fromStatus, String toStatus, String reason, String detail) {
}
