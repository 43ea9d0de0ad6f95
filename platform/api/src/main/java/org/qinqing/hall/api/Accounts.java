package org.qinqing.hall.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Staff accounts of the hall, kept in the Karaf JAAS realm {@code karaf}. */
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
}
