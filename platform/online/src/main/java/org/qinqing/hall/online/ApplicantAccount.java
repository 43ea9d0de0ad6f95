package org.qinqing.hall.online;

import java.time.Instant;

/**
 * An applicant's account.
 *
 * @param person resident ID number (unmasked)
 * @param phone the bound mobile number, or {@code null} before the first login
 * @param level the level
 * @param verifiedHow {@code id-card} or an identity verifier's method, or {@code null}
 * @param verifiedBy the clerk or verifier, or {@code null}
 * @param verifiedAt when verified, or {@code null}
 * @param lastLogin the last login, or {@code null}
 * @param revokedAt when all sessions were last revoked, or {@code null}
 */
public record ApplicantAccount(String person, String phone, Level level, String verifiedHow, String verifiedBy, Instant verifiedAt,
        Instant lastLogin, Instant revokedAt) {
}
