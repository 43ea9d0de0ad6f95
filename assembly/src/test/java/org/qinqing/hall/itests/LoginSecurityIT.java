package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.LoginThrottledException;

/**
 * Staff authentication on the assembled hall: failed logins lock an account (429 with JSON and
 * Retry-After, even with the right password, on REST, web session and the realm SSH uses), every
 * failure, lock, refusal and success is in the audit trail without the password, old SHA-512
 * hashes are re-hashed with PBKDF2 at login, and a given password must be changed first. The
 * first lock lasts 3 s here ({@code lockSeconds}) so that the test can wait it out.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoginSecurityIT extends HallTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    private AuditLog audit;

    @Inject
    private org.qinqing.hall.store.Database database;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {editConfigurationFilePut("etc/org.qinqing.hall.security.cfg", "lockSeconds", "3")};
    }

    private static HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + r.headers())));
    }

    @Test
    public void fiveFailedLoginsLockTheAccountEvenForTheRightPasswordWithAGrowingDelay() throws Exception {
        String right = password("supervisor");
        assertEquals("the right password works (and is now remembered)", 200, call("GET", "me", basic("supervisor", right), null).statusCode());
        for (int i = 1; i <= 5; i++) {
            assertEquals("failure " + i, 401, call("GET", "me", basic("supervisor", "wrong-" + i), null).statusCode());
        }
        HttpResponse<String> locked = call("GET", "me", basic("supervisor", right), null);
        assertEquals(locked.body(), 429, locked.statusCode());
        JsonNode error = JSON.readTree(locked.body());
        assertEquals("too_many_failed_logins", error.get("error").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("try again in"));
        long first = retryAfter(locked);
        assertTrue("Retry-After " + first, first >= 1 && first <= 3);
        HttpResponse<String> session = call("POST", "session", null, "{\"username\":\"supervisor\",\"password\":\"" + right + "\"}");
        assertEquals("the web login is locked too: " + session.body(), 429, session.statusCode());

        waitFor("the first lock to end", 10_000, () -> status("GET", "me", basic("supervisor", "wrong-6")) == 401);
        HttpResponse<String> longer = call("GET", "me", basic("supervisor", right), null);
        assertEquals("a failure after the lock locks again at once: " + longer.body(), 429, longer.statusCode());
        long second = retryAfter(longer);
        assertTrue("the second lock (" + second + " s) is longer than the first (" + first + " s)", second > 3 && second <= 6);
        waitFor("the second lock to end", 15_000, () -> status("GET", "me", basic("supervisor", right)) == 200);

        List<AuditEntry> trail = audit.forSubject("supervisor");
        List<String> actions = trail.stream().map(AuditEntry::action).toList();
        assertTrue(actions.toString(), actions.stream().filter("login-failed"::equals).count() >= 6);
        assertTrue(actions.toString(), actions.contains("login-locked") && actions.contains("login-throttled") && actions.contains("login"));
        AuditEntry failed = trail.stream().filter(e -> e.action().equals("login-failed")).findFirst().orElseThrow();
        assertEquals("rest", failed.channel());
        assertTrue(failed.detail(), failed.detail().contains("127.0.0.1"));
        assertTrue(trail.stream().anyMatch(e -> e.action().equals("login-throttled") && "web".equals(e.channel())));
        for (AuditEntry e : trail) {
            assertFalse("a password in the audit trail: " + e, String.valueOf(e).contains(right) || String.valueOf(e).contains("wrong-"));
        }
        assertTrue(executeCommand("hall:audit-verify").contains("intact"));
    }

    private static int status(String method, String path, String authorization) {
        try {
            return call(method, path, authorization, null).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void sshConsoleLoginsAreCountedAndLockedToo() throws Exception {
        String right = password("approver-tax");
        for (int i = 1; i <= 5; i++) {
            assertFalse("wrong password " + i + " over SSH", ssh("approver-tax", "wrong-" + i));
        }
        assertFalse("the right password over SSH while locked", ssh("approver-tax", right));
        assertEquals("REST shares the lock", 429, call("GET", "me", basic("approver-tax", right), null).statusCode());
        List<AuditEntry> trail = audit.forSubject("approver-tax");
        AuditEntry failed = trail.stream().filter(e -> e.action().equals("login-failed")).findFirst().orElseThrow();
        assertEquals("ssh", failed.channel());
        assertTrue(failed.detail(), failed.detail().contains("\"address\":\"127.0.0.1\""));
        assertTrue(trail.stream().anyMatch(e -> e.action().equals("login-throttled") && "ssh".equals(e.channel())));
    }

    /** @return whether an SSH password login to the hall's console succeeded */
    private static boolean ssh(String user, String password) throws Exception {
        org.apache.sshd.client.SshClient client = org.apache.sshd.client.SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (org.apache.sshd.client.session.ClientSession session = client.connect(user, "127.0.0.1", SSH_PORT)
                .verify(Duration.ofSeconds(10)).getSession()) {
            session.addPasswordIdentity(password);
            return session.auth().await(Duration.ofSeconds(20)) && session.isAuthenticated();
        } catch (java.io.IOException refused) {
            return false;
        } finally {
            client.stop();
        }
    }

    /** The SSH console logs in through the same JAAS realm {@code karaf}, with the client's address as a ClientPrincipal. */
    @Test
    public void theRealmTheSshConsoleUsesCountsFailuresWithTheRestOfTheHall() throws Exception {
        String right = password("approver-hr");
        for (int i = 1; i <= 5; i++) {
            try {
                jaas("approver-hr", "wrong-" + i, "ssh", "/10.1.2.3:50022");
                fail("a wrong password logged in");
            } catch (LoginThrottledException e) {
                fail("locked too early, at failure " + i);
            } catch (LoginException expected) {
                // counted
            }
        }
        try {
            jaas("approver-hr", right, "ssh", "/10.1.2.3:50022");
            fail("the right password logged in while locked");
        } catch (LoginThrottledException expected) {
            assertTrue(expected.retryAfterSeconds() >= 1);
        }
        assertEquals("REST shares the account's lock", 429, call("GET", "me", basic("approver-hr", right), null).statusCode());
        AuditEntry failed = audit.forSubject("approver-hr").stream().filter(e -> e.action().equals("login-failed")).findFirst().orElseThrow();
        assertEquals("ssh", failed.channel());
        assertTrue(failed.detail(), failed.detail().contains("10.1.2.3") && !failed.detail().contains("50022"));
    }

    private static void jaas(String user, String password, String channel, String address) throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal(channel, address));
        // JAAS loads Karaf's ProxyLoginModule through the context class loader, as the SSH server does
        Thread.currentThread().setContextClassLoader(ClientPrincipal.class.getClassLoader());
        new LoginContext("karaf", subject, callbacks -> {
            for (javax.security.auth.callback.Callback c : callbacks) {
                if (c instanceof NameCallback) {
                    ((NameCallback) c).setName(user);
                } else if (c instanceof PasswordCallback) {
                    ((PasswordCallback) c).setPassword(password.toCharArray());
                } else {
                    throw new javax.security.auth.callback.UnsupportedCallbackException(c);
                }
            }
        }).login();
    }

    @Test
    public void theAuditChainsHeadIsAnchoredSignedAndCheckedByVerify() throws Exception {
        Path hall = Paths.get(System.getProperty("karaf.data"), "hall");
        assertEquals("the key is made on first start, owner-only", "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(hall.resolve("audit-anchor.key"))));
        String out = executeCommand("hall:audit-anchor");
        assertTrue(out, out.contains("Anchored record"));
        List<String> lines = Files.readAllLines(hall.resolve("audit-anchors.log"));
        String last = lines.get(lines.size() - 1);
        assertTrue(last, last.matches("\\{\"seq\":\\d+,\"hash\":\"[0-9a-f]{64}\",.*\"signature\":\"[A-Za-z0-9+/=]+\"}"));
        JsonNode verify = JSON.readTree(get("audit/verify", "admin").body());
        assertTrue(verify.toString(), verify.get("valid").asBoolean());
        // a changed anchor line is reported by the REST verification and the console
        Files.writeString(hall.resolve("audit-anchors.log"), last.replaceFirst("\"seq\":(\\d)", "\"seq\":9$1") + "\n",
                StandardOpenOption.APPEND);
        JsonNode broken = JSON.readTree(get("audit/verify", "admin").body());
        assertFalse(broken.get("valid").asBoolean());
        assertTrue(broken.toString(), broken.get("problem").asText().contains("bad signature"));
        assertTrue(executeCommand("hall:audit-verify").contains("bad signature"));
        Files.write(hall.resolve("audit-anchors.log"), lines);
        assertTrue(JSON.readTree(get("audit/verify", "admin").body()).get("valid").asBoolean());
    }

    /** Figures for docs/benchmarks.md: a password check (PBKDF2, 600,000 iterations) against a request answered from the credential cache. */
    @Test
    public void restBasicStaysFastBecauseAVerifiedCredentialIsRemembered() throws Exception {
        String user = "approver-police";
        String right = password(user);
        String body = JSON.writeValueAsString(Map.of("username", user, "password", right));
        int logins = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < logins; i++) {
            assertEquals(200, call("POST", "session", null, body).statusCode());
        }
        double msPerLogin = (System.nanoTime() - t0) / 1e6 / logins;
        String auth = basic(user, right);
        call("GET", "me", auth, null);
        int requests = 2000;
        long t1 = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            assertEquals(200, call("GET", "me", auth, null).statusCode());
        }
        double msPerRequest = (System.nanoTime() - t1) / 1e6 / requests;
        System.out.printf("FIGURE session login (full password check): %.1f ms each, %.1f logins/s; GET /me with HTTP Basic: %.2f ms each, %.0f requests/s%n",
                msPerLogin, 1000 / msPerLogin, msPerRequest, 1000 / msPerRequest);
        assertTrue("a remembered credential is answered without the password check: " + msPerRequest + " vs " + msPerLogin + " ms",
                msPerRequest * 10 < msPerLogin);
    }

    @Test
    public void anOldSha512HashIsReplacedByPbkdf2AtTheNextLogin() throws Exception {
        String sha512 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512")
                .digest("an-old-password-2019".getBytes(StandardCharsets.UTF_8)));
        // an account as an earlier version stored it (and the hall imported it from users.properties): unsalted SHA-512 hex
        database.write(tx -> {
            java.sql.PreparedStatement a = tx.prepare("INSERT INTO staff_account (username, password_hash, version, created_at) VALUES (?, ?, 1, ?)");
            a.setString(1, "window-old");
            a.setString(2, sha512);
            a.setTimestamp(3, new java.sql.Timestamp(System.currentTimeMillis()));
            a.executeUpdate();
            java.sql.PreparedStatement r = tx.prepare("INSERT INTO staff_role (username, role) VALUES (?, ?)");
            r.setString(1, "window-old");
            r.setString(2, "clerk");
            r.executeUpdate();
            return null;
        });
        waitFor("the old account logs in", 10_000, () -> status("GET", "me", basic("window-old", "an-old-password-2019")) == 200);
        String stored = database.read(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM staff_account WHERE username = 'window-old'");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored, stored.startsWith("pbkdf2-sha256$600000$") && !stored.contains(sha512));
        // checked again against the new hash (a session login never answers from the credential cache)
        assertEquals(200, call("POST", "session", null, "{\"username\":\"window-old\",\"password\":\"an-old-password-2019\"}").statusCode());
        assertEquals(401, call("POST", "session", null, "{\"username\":\"window-old\",\"password\":\"an-old-password-2018\"}").statusCode());
        assertTrue(audit.forSubject("window-old").stream().anyMatch(e -> e.action().equals("password-rehash")));
    }

    @Test
    public void aGivenPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String created = executeCommand("hall:user-add window-09 clerk");
        String given = created.lines().filter(l -> l.contains("Password")).findFirst().orElseThrow().replaceAll(".*:\\s*", "").trim();
        String auth = basic("window-09", given);
        HttpResponse<String> blocked = call("GET", "me", auth, null);
        assertEquals(blocked.body(), 403, blocked.statusCode());
        assertEquals("password_change_required", JSON.readTree(blocked.body()).get("error").asText());
        assertEquals(403, call("GET", "cases", auth, null).statusCode());

        Map<String, String> tooShort = Map.of("currentPassword", given, "newPassword", "short-1");
        JsonNode shortAnswer = JSON.readTree(call("POST", "me/password", auth, JSON.writeValueAsString(tooShort)).body());
        assertEquals("newPassword", shortAnswer.get("field").asText());
        assertEquals(400, call("POST", "me/password", auth, JSON.writeValueAsString(Map.of("currentPassword", given,
                "newPassword", "my-Window-09-password"))).statusCode());
        HttpResponse<String> wrongCurrent = call("POST", "me/password", auth, JSON.writeValueAsString(Map.of("currentPassword", "not-it-at-all",
                "newPassword", "a good long passphrase")));
        assertEquals(403, wrongCurrent.statusCode());
        assertEquals("currentPassword", JSON.readTree(wrongCurrent.body()).get("field").asText());

        assertEquals(204, call("POST", "me/password", auth, JSON.writeValueAsString(Map.of("currentPassword", given,
                "newPassword", "a good long passphrase"))).statusCode());
        assertEquals("the given password is gone", 401, call("GET", "me", auth, null).statusCode());
        assertEquals(200, call("GET", "me", basic("window-09", "a good long passphrase"), null).statusCode());
        assertTrue(audit.forSubject("window-09").stream().anyMatch(e -> e.action().equals("password-change")));

        // an admin resets it at the console: the account must change the new one first, again
        String reset = executeCommand("hall:user-passwd --generate window-09");
        assertTrue(reset, reset.contains("must be changed at the next login"));
        String temporary = reset.lines().filter(l -> l.contains("shown once")).findFirst().orElseThrow().replaceAll(".*:\\s*", "").trim();
        assertEquals(401, call("GET", "me", basic("window-09", "a good long passphrase"), null).statusCode());
        assertEquals(403, call("GET", "me", basic("window-09", temporary), null).statusCode());
        assertTrue(audit.forSubject("window-09").stream().anyMatch(e -> e.action().equals("password-reset") && "admin".equals(e.actor())));

        // the first-start accounts too: their password is in the initial password file
        assertEquals(403, call("GET", "me", basic("approver-water", initialPassword("approver-water")), null).statusCode());
        JsonNode session = JSON.readTree(call("POST", "session", null, JSON.writeValueAsString(Map.of("username", "approver-water",
                "password", initialPassword("approver-water")))).body());
        assertTrue("the UI learns it must show the change screen: " + session, session.get("mustChangePassword").asBoolean());
    }
}
