package org.qinqing.hall.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks a person's identity without a visit (e.g. the public security bureau's real-name check,
 * a face check in a WeChat mini-program). The hall ships none enabled: a clerk verifies with the ID
 * card at any window. When one is registered, the online hall asks it at each login of an account
 * that is only registered; the first that vouches raises the account to verified.
 *
 * @since 1.3
 */
@ConsumerType
public interface IdentityVerifier {

    /**
     * @param number the person's resident ID number
     * @param phone the phone the person proved with a login code
     * @return the method name to record (e.g. {@code police-realname}) when this verifier vouches
     *         for the person, empty when it does not
     */
    Optional<String> verify(String number, String phone);
}
