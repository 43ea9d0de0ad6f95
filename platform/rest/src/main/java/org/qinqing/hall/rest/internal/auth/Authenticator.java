package org.qinqing.hall.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Checks user name and password against the Karaf JAAS realm {@code karaf}. Successful logins
 * are remembered for a short time (keyed by a hash of the credentials, never the password) so a
 * busy counter does not re-read the user store on every request.
 */
public class Authenticator {
    private static final String REALM = "karaf";
    private static final long TTL_MILLIS = 60_000;
    private static final int MAX_CACHED = 10_000;
    private static final long RETRY_PAUSE_MILLIS = 200;

    private record Entry(Caller caller, long expires) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** @return the caller, or {@code null} when the credentials are wrong */
    public Caller login(String user, String password) {
        String key = key(user, password);
        Entry e = cache.get(key);
        long now = System.currentTimeMillis();
        if (e != null && e.expires > now) {
            return e.caller;
        }
        Caller caller = jaas(user, password);
        if (caller == null) {
            // Karaf rewrites users.properties in place when accounts are added (e.g. an approver
            // account for a department that just arrived); a login reading it mid-write fails.
            // One retry after a pause rides that out, and slows password guessing too.
            pause();
            caller = jaas(user, password);
        }
        if (caller != null && !caller.roles().isEmpty()) {
            // a login without roles is not remembered: it may have read the user store mid-change
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Entry(caller, now + TTL_MILLIS));
        }
        return caller;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Caller jaas(String user, String password) {
        Subject subject = new Subject();
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Authenticator.class.getClassLoader());
        try {
            LoginContext lc = new LoginContext(REALM, subject, callbacks -> answer(callbacks, user, password));
            lc.login();
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
        return new Caller(user, Set.copyOf(roles));
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

    private static String key(String user, String password) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(user.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
