package org.qinqing.hall.api;

import java.util.Set;

/**
 * A staff account in the JAAS realm.
 *
 * @param username login name
 * @param roles roles, including {@code dept:<code>} scopes
 * @param password the generated password, only on the result of a creation; {@code null} otherwise
 */
public record StaffAccount(String username, Set<String> roles, String password) {
}
