package org.qinqing.hall.security.internal;

import java.util.Locale;
import org.qinqing.hall.api.HallException;

/** What a staff password must be: at least 12 characters, and not containing the account name. */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** @throws HallException 400 naming {@code newPassword} with the reason */
    static void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw HallException.invalid("newPassword", "give the new password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw HallException.invalid("newPassword", "the new password has " + length + " characters; it needs at least " + MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw HallException.invalid("newPassword", "the new password is longer than " + MAX_LENGTH + " characters");
        }
        if (username != null && !username.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw HallException.invalid("newPassword", "the new password must not contain the account name");
        }
        if (password.isBlank()) {
            throw HallException.invalid("newPassword", "the new password must not be only spaces");
        }
    }
}
