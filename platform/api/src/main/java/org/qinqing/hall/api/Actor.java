package org.qinqing.hall.api;

import java.util.Set;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.spi.Channel;

/**
 * Who acts, with which roles, through which channel and at which window. Core services check
 * roles on it, so REST and console obey the same rules.
 *
 * @param id user name, applicant number or {@code system:<job>}
 * @param kind staff, applicant or system
 * @param roles staff roles (with {@code dept:<code>} scopes); empty for others
 * @param channel counter, online, wechat, kiosk; {@code null} for console and back office
 * @param window the window (窗口) at the counter, or {@code null}
 */
public record Actor(String id, Kind kind, Set<String> roles, Channel channel, String window) {

    /** The kinds of actors. */
    public enum Kind {
        /** A staff member logged in against the JAAS realm. */
        STAFF,
        /** An applicant, proven by the case's access code or a channel login. */
        APPLICANT,
        /** The platform itself (instant approval, scanner). */
        SYSTEM
    }

    /** @return a staff actor */
    public static Actor staff(String user, Set<String> roles, Channel channel, String window) {
        return new Actor(user, Kind.STAFF, Set.copyOf(roles), channel, window);
    }

    /** @return an applicant actor */
    public static Actor applicant(String number, Channel channel) {
        return new Actor(number, Kind.APPLICANT, Set.of(), channel, null);
    }

    /** @param job the job, e.g. {@code instant-approval} @return the platform as actor */
    public static Actor system(String job) {
        return new Actor("system:" + job, Kind.SYSTEM, Set.of(), null, null);
    }

    /** @param role a role @return whether this staff actor holds it */
    public boolean has(String role) {
        return roles.contains(role);
    }

    /** @param department a department code @return whether this actor is an approver for it */
    public boolean approverFor(String department) {
        return has(Roles.APPROVER) && has(Roles.department(department));
    }

    /** @return the name written to the audit trail (applicant numbers masked) */
    public String auditName() {
        return kind == Kind.APPLICANT ? "applicant:" + Masking.mask(id) : id;
    }

    /** @return the channel as written to the audit trail */
    public String channelName() {
        return channel == null ? (kind == Kind.SYSTEM ? "system" : "back-office") : channel.name().toLowerCase(java.util.Locale.ROOT);
    }
}
