package org.qinqing.hall.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The staff accounts of the database in the realm {@code karaf} (see {@link GuardedRealm}, where it
 * follows the guard in place of Karaf's users.properties module): checks the password against the
 * stored hash and gives the subject the user, its roles, its groups and their roles, as Karaf's
 * properties module does. Logins without a password (SSH public keys) are left to the next module.
 */
public class StaffLoginModule implements LoginModule {
    static final String STORE = "org.qinqing.hall.staff";

    private Subject subject;
    private CallbackHandler handler;
    private StaffStore store;
    private StaffStore.Account account;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.store = (StaffStore) options.get(STORE);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback pass = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, pass});
        } catch (UnsupportedCallbackException | IOException e) {
            return false; // no password asked (public key): not for this module
        }
        if (name.getName() == null || pass.getPassword() == null) {
            return false;
        }
        String password = new String(pass.getPassword());
        pass.clearPassword();
        StaffStore.Account a = store.account(name.getName());
        // the same answer for an unknown account and a wrong password
        if (a == null || !PasswordHashes.matches(password, a.passwordHash())) {
            throw new FailedLoginException("user name or password is wrong");
        }
        account = a;
        return true;
    }

    @Override
    public boolean commit() {
        if (account == null) {
            return false;
        }
        added.add(new UserPrincipal(account.username()));
        account.roles().forEach(r -> added.add(new RolePrincipal(r)));
        account.groups().forEach(g -> added.add(new GroupPrincipal(g)));
        account.groupRoles().forEach(r -> added.add(new RolePrincipal(r)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        account = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        account = null;
        return true;
    }
}
