package org.qinqing.hall.online;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/**
 * Applicant accounts and their sessions (code login). Counters and sessions live in the database,
 * so every node of a hall agrees; a token is remembered in memory for at most a few seconds.
 */
@ProviderType
public interface Applicants {

    /**
     * Sends a login code to the phone (6 digits, valid 5 minutes) through the message senders.
     *
     * @param number the person's resident ID number
     * @param phone the mobile number
     * @param address the client's address, for the per-address limit
     * @throws org.qinqing.hall.api.HallException 400 naming {@code number} or {@code phone}; 429 {@code too_many_codes}
     */
    void requestCode(String number, String phone, String address);

    /**
     * Checks a code and opens a session; the first login creates the account.
     *
     * @return the session, with its token
     * @throws org.qinqing.hall.api.HallException 401 {@code wrong_code} for a wrong, expired, used or unknown code
     */
    ApplicantSession login(String number, String phone, String code, String address);

    /** @param token a token from a Bearer header or the cookie @return its session, if valid now */
    Optional<ApplicantSession> resolve(String token);

    /** Ends the session of the token (logout). */
    void logout(String token);

    /** @return the person's account, if any */
    Optional<ApplicantAccount> account(String person);

    /** @return every account, newest login first */
    List<ApplicantAccount> accounts();

    /**
     * A clerk has checked the person's ID card: the account (created if missing) is verified.
     *
     * @param method {@code id-card}
     * @param phone a phone to bind, or {@code null} to keep the bound one
     * @return the account
     */
    ApplicantAccount verify(String number, String method, String phone, Actor clerk);

    /**
     * Revokes every session of the person (on every node within a few seconds).
     *
     * @return how many sessions were open
     * @throws org.qinqing.hall.api.HallException 404 when the person has no account
     */
    int revoke(String number, Actor actor);

    /** @param person a resident ID number @return the enterprises the person may act for */
    List<ActingFor> actingFor(String person);
}
