package org.qinqing.hall.security.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;

/**
 * The first module of the realm {@code karaf} (requisite; see {@link GuardedRealm}): refuses an
 * attempt while the account or its address is locked, and after the realm's own modules have
 * decided, counts a failure or records the success and re-hashes an old password hash. It never
 * makes a login succeed itself ({@code login()} answers "ignore me" or throws). Logins without a
 * password (SSH public keys) are not counted: a key cannot be guessed, and an SSH client offers
 * its keys before it asks for the password.
 */
public class GuardLoginModule implements LoginModule {
    static final String GUARD = "org.qinqing.hall.guard";
    static final String ACCOUNTS = "org.qinqing.hall.accounts";

    private Subject subject;
    private CallbackHandler handler;
    private LoginGuard guard;
    private AccountService accounts;
    private String user;
    private char[] password;
    private String channel;
    private String address;
    private boolean throttled;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.guard = (LoginGuard) options.get(GUARD);
        this.accounts = (AccountService) options.get(ACCOUNTS);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback pass = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, pass});
        } catch (UnsupportedCallbackException | IOException e) {
            return false; // no password asked (public key): nothing to guard
        }
        if (name.getName() == null || pass.getPassword() == null) {
            return false;
        }
        user = name.getName();
        password = pass.getPassword().clone();
        pass.clearPassword();
        channel = "jaas";
        address = null;
        for (ClientPrincipal p : subject.getPrincipals(ClientPrincipal.class)) {
            channel = p.getMethod();
            address = p.getAddress();
        }
        if (address != null && address.startsWith("/")) {
            address = address.substring(1); // SSH gives the socket address as /host:port
        }
        try {
            guard.check(user, host(address), channel);
        } catch (LoginException e) {
            throttled = true;
            throw e;
        }
        return false;
    }

    @Override
    public boolean commit() {
        if (user != null && !throttled) {
            guard.succeeded(user, host(address), channel);
            if (accounts != null) {
                accounts.upgradeHash(user, new String(password));
            }
        }
        clear();
        return false;
    }

    @Override
    public boolean abort() {
        if (user != null && !throttled) {
            guard.failed(user, host(address), channel);
        }
        clear();
        return false;
    }

    @Override
    public boolean logout() {
        clear();
        return false;
    }

    private void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        password = null;
        user = null;
    }

    /** @return the address without a port ("127.0.0.1:53022" → "127.0.0.1"), so every connection of a client counts together */
    static String host(String address) {
        if (address == null) {
            return null;
        }
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            return end > 0 ? address.substring(1, end) : address;
        }
        int colon = address.lastIndexOf(':');
        return colon > 0 && address.indexOf(':') == colon ? address.substring(0, colon) : address;
    }
}
