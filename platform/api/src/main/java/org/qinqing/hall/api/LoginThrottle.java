package org.qinqing.hall.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether a login may be tried now: failed logins lock an account (and a client address) for a
 * growing time. The JAAS realm asks it on every password check; a layer that remembers verified
 * credentials for a while asks it too before it answers from memory, so a locked account is
 * refused even with the right password.
 *
 * @since 1.1
 */
@ProviderType
public interface LoginThrottle {

    /**
     * @param username the account tried
     * @param address the client's address, or {@code null}
     * @param channel rest, web, ssh …
     * @throws LoginThrottledException while the account or the address is locked
     */
    void check(String username, String address, String channel) throws LoginThrottledException;
}
