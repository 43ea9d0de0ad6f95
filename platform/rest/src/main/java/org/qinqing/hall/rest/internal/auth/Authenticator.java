package org.qinqing.hall.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.LoginThrottle;
import org.qinqing.hall.api.LoginThrottledException;

/**
 * Checks user name and password against the Karaf JAAS realm {@code karaf} (whose guard throttles
 * failed logins and audits them, and whose PBKDF2 check costs a few hundred milliseconds by
 * design). A verified credential is remembered for {@link #TTL_MILLIS} so that HTTP Basic, which
 * sends the password with every request, stays fast: only as an HMAC-SHA256 of user and password
 * under a key drawn at random when this bundle starts and never stored, so the memory holds
 * nothing a password could be recovered or tried offline from. Even a remembered credential is
 * refused while the account is locked, and none outlives a change of the account's password or
 * roles on any node (its {@link Accounts#version} moved).
 */
public class Authenticator {
    private static final String REALM = "karaf";
    static final long TTL_MILLIS = 60_000;
    private static final int MAX_CACHED = 10_000;

    private record Entry(Caller caller, long expires, long version) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];
    private final ThreadLocal<Mac> macs;
    private Accounts accounts;
    private LoginThrottle throttle;

    public Authenticator() {
        new SecureRandom().nextBytes(cacheKey);
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    public void setAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    public void setThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * @param address the client's address
     * @param channel {@code rest} (HTTP Basic) or {@code web} (session login)
     * @return the caller, or {@code null} when the credentials are wrong
     * @throws LoginThrottledException while the account or address is locked, whatever the password
     */
    public Caller login(String user, String password, String address, String channel) throws LoginThrottledException {
        if (throttle != null) {
            throttle.check(user, address, channel);
        }
        String key = key(user, password);
        Entry e = cache.get(key);
        long now = System.currentTimeMillis();
        if (e != null && e.expires > now && e.version == version(user)) {
            return e.caller;
        }
        // read before the check: a change made during it leaves an entry that is never answered from
        long version = version(user);
        Caller caller = verify(user, password, address, channel);
        if (caller != null && !caller.roles().isEmpty()) {
            // a login without roles is not remembered: it may have read the user store mid-change
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Entry(caller, now + TTL_MILLIS, version));
        }
        return caller;
    }

    /**
     * Checks the password against the realm now, never from memory (e.g. the current password
     * before a change). A failure counts as a failed login.
     *
     * @return the caller, or {@code null} when the credentials are wrong
     */
    public Caller verify(String user, String password, String address, String channel) throws LoginThrottledException {
        Caller caller = jaas(user, password, address, channel);
        if (caller != null && accounts != null && accounts.mustChangePassword(user)) {
            caller = new Caller(caller.username(), caller.roles(), true);
        }
        return caller;
    }

    private long version(String user) {
        return accounts == null ? 0 : accounts.version(user);
    }

    /** Forgets every remembered credential of the user (after a password change). */
    public void forget(String user) {
        cache.values().removeIf(e -> e.caller.username().equals(user));
    }

    private Caller jaas(String user, String password, String address, String channel) throws LoginThrottledException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal(channel, address));
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Authenticator.class.getClassLoader());
        try {
            LoginContext lc = new LoginContext(REALM, subject, callbacks -> answer(callbacks, user, password));
            lc.login();
        } catch (LoginThrottledException e) {
            throw e;
        } catch (LoginException e) {
            return null;
        } finally {
            t.setContextClassLoader(previous);
        }
        Set<String> roles = new HashSet<>();
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof RolePrincipal) {
                roles.add(p.getName());
            }
        }
        return new Caller(user, Set.copyOf(roles), false);
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof NameCallback) {
                ((NameCallback) c).setName(user);
            } else if (c instanceof PasswordCallback) {
                ((PasswordCallback) c).setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }

    /** @return HMAC-SHA256 of user and password under this process's random key */
    private String key(String user, String password) {
        Mac mac = macs.get();
        mac.update(user.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }
}
