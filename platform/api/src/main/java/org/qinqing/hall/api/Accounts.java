package org.qinqing.hall.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Staff accounts of the hall, kept in the database every node shares and checked by the Karaf JAAS realm {@code karaf}. */
@ProviderType
public interface Accounts {

    /**
     * Creates a staff account with a random password.
     *
     * @param username login name: lowercase letters, digits and hyphens
     * @param roles roles from {@link Roles}, with {@code dept:<code>} scopes for approvers
     * @return the account with its password, shown once
     * @throws HallException 409 if the name is taken, 400 for a bad name or role
     */
    StaffAccount create(String username, Set<String> roles);

    /** @return every account with its roles (no passwords) */
    List<StaffAccount> list();

    /** @return where first-start passwords are written ({@code data/hall/initial-passwords.txt}) */
    Path initialPasswordFile();

    /**
     * @param username an account
     * @return whether the account still has a password it was given (first start, created, or
     *         reset by an admin) and must set its own before doing anything else
     * @since 1.1
     */
    boolean mustChangePassword(String username);

    /**
     * Sets an account's password, stored as a salted PBKDF2 hash. Set by the account itself, the
     * first-login duty ends; set by someone else (an admin), the account must change it again at
     * its next login. Audited (never the password).
     *
     * @param username the account
     * @param newPassword at least 12 characters, not containing the account name
     * @param actor who sets it
     * @param channel where (api, web, console)
     * @throws HallException 400 naming {@code newPassword} when the policy refuses it, 404 for an unknown account
     * @since 1.1
     */
    void setPassword(String username, String newPassword, String actor, String channel);

    /**
     * @return how many passwords this node has set since it started: whoever remembers verified
     *         credentials drops what it remembered before the count moved (an admin's reset ends
     *         the old password at once, not when a cache entry expires)
     * @since 1.1
     */
    long passwordChanges();

    /**
     * @param username an account
     * @return a number that grows with every change of the account's password, roles or duty to
     *         change its password, on whichever node it was made ({@code -1}: no such account):
     *         whoever remembers a verified credential checks it is still the same
     * @since 1.3
     */
    long version(String username);
}
