package org.qinqing.hall.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.shell.api.console.Session;
import org.junit.Before;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;

/**
 * Boots the assembled distribution ({@code target/qinqing-hall-*.tar.gz}) once per test class,
 * on ports of its own so it never collides with a hall running on this machine, and gives
 * tests HTTP, JSON, console and polling helpers.
 */
public abstract class HallTestSupport {
    protected static final int HTTP_PORT = 18181;
    protected static final int SSH_PORT = 18101;
    protected static final String API = "http://127.0.0.1:" + HTTP_PORT + "/api/v1/";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("hall.distribution");
        File fixtures = Fixtures.build(new File("target/fixtures"));
        Option[] extra = extraOptions();
        Option[] base = new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + distribution).name("Qinqing Hall")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            systemProperty("hall.fixtures").value(fixtures.getAbsolutePath()),
            // -Dhall.store.profile=true: the store logs the statements its writer runs, per unit (docs/benchmarks.md)
            systemProperty("hall.store.profile").value(System.getProperty("hall.store.profile", "false")),
            systemProperty("hall.root").value(new File(System.getProperty("hall.root", "..")).getAbsolutePath()),
            // -Dhall.rowCache=false: the store's cache of committed rows off (benchmarks with and without it)
            editConfigurationFilePut("etc/org.qinqing.hall.store.cfg", "rowCache", System.getProperty("hall.rowCache", "true")),
            onPostgresql() ? TestStore.options() : org.ops4j.pax.exam.CoreOptions.composite(), // -Dhall.store=postgresql
        };
        Option[] all = java.util.Arrays.copyOf(base, base.length + extra.length + 1);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        // -Dhall.keep=true keeps target/exam/<run> (log, database) for a look after a failure
        all[all.length - 1] = Boolean.getBoolean("hall.keep") ? org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder()
                : org.ops4j.pax.exam.CoreOptions.composite();
        return all;
    }

    /** @return whether this class's container runs on PostgreSQL: with {@code -Dhall.store=postgresql}, unless the class needs Derby */
    protected boolean onPostgresql() {
        return TestStore.postgresql();
    }

    /** @return options a test class adds (e.g. a fixed hall clock) */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    /** @return the option that stands the hall clock still at a moment (ISO-8601 with offset) */
    protected static Option fixedClock(String moment) {
        return editConfigurationFilePut("etc/org.qinqing.hall.clock.cfg", "fixed", moment);
    }

    /**
     * The container reports ready before Blueprint has mounted the API and the departments have
     * registered: wait for both, so no test races the boot.
     */
    @Before
    public void hallReady() {
        waitFor("the REST API and the boot departments", 90_000, () -> {
            Answer a = get("departments");
            return a.status() == 200 && a.body().contains("\"police\"") && a.body().contains("\"hr\"")
                    && a.body().contains("\"health\"");
        });
        // each first-start account's password is hashed with PBKDF2 (a few hundred ms each on a busy machine)
        waitFor("the initial accounts", 90_000, () -> {
            if (!Files.exists(passwordFile())) {
                return false;
            }
            java.util.Set<String> accounts = initialPasswords().keySet();
            for (JsonNode d : get("departments").json()) {
                if (d.get("status").asText().equals("ACTIVE") && !accounts.contains("approver-" + d.get("code").asText())) {
                    return false;
                }
            }
            return true;
        });
        waitFor("every approver account's department role in the realm", 30_000, () -> {
            String users = executeCommand("hall:users");
            for (JsonNode d : get("departments").json()) {
                if (d.get("status").asText().equals("ACTIVE") && !users.contains("dept:" + d.get("code").asText())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** An HTTP answer: status and body. */
    /** Moves the hall clock (fixed by {@code fixedClock}) to 10:00 Beijing time of a day, through Config Admin, and waits until the hall shows it. */
    protected void moveClockTo(String day) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration("org.qinqing.hall.clock", null);
        java.util.Dictionary<String, Object> p = new java.util.Hashtable<>();
        p.put("fixed", day + "T10:00:00+08:00");
        c.update(p);
        bundleContext.ungetService(ref);
        waitFor("the hall clock at " + day, 10_000, () -> day.equals(get("calendar/today").json().get("today").asText()));
    }

    /** An applicant's (or anybody's) request with a Bearer token and extra headers. */
    protected Answer call(String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected Answer bearer(String method, String path, Object body, String token) {
        return call(method, path, body, token, Map.of());
    }

    /** Logs a person in with a code from the outbox. @return the token */
    protected String login(String person) throws IOException {
        String phone = OnlineIT.phone(person);
        Answer sent = call("POST", "online/code", Map.of("number", person, "phone", phone), null, Map.of());
        org.junit.Assert.assertEquals(sent.body(), 202, sent.status());
        Answer s = call("POST", "online/session", Map.of("number", person, "phone", phone, "code", OnlineIT.codeFor(phone)), null, Map.of());
        org.junit.Assert.assertEquals(s.body(), 200, s.status());
        return s.json().get("token").asText();
    }

    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    protected Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(API + path)).GET(), null);
    }

    protected Answer get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(API + path)).GET(), user);
    }

    protected Answer post(String path, String body, String user) {
        return post(path, body, user, Map.of());
    }

    protected Answer postJson(String path, Object body, String user) {
        try {
            return post(path, JSON.writeValueAsString(body), user);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected Answer post(String path, String body, String user, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b, user);
    }

    protected Answer send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", basic(user, password(user)));
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Passwords the tests set in place of the first-start ones (this container only: the class is loaded per boot). */
    private static final Map<String, String> CHANGED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @return the password a staff account logs in with now: the first call for an account
     *         changes its first-start password through {@code POST /me/password}, as the hall
     *         requires before any other call (a real account's first login does the same)
     */
    protected static String password(String user) {
        return CHANGED.computeIfAbsent(user, HallTestSupport::changeInitialPassword);
    }

    /** @return the password of the account before the tests changed it: the first-start one */
    protected static String initialPassword(String user) {
        return initialPasswords().get(user);
    }

    private static String changeInitialPassword(String user) {
        String initial = initialPasswords().get(user);
        if (initial == null) {
            return null;
        }
        String changed = "T3st-" + java.util.UUID.randomUUID();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(API + "me/password")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", basic(user, initial))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("currentPassword", initial, "newPassword", changed))))
                    .build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 204) {
                throw new AssertionError("changing the first-start password of " + user + " answered " + r.statusCode() + ": " + r.body());
            }
            return changed;
        } catch (IOException e) {
            throw new AssertionError("changing the first-start password of " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected static Map<String, String> initialPasswords() {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : Files.readAllLines(passwordFile())) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot read the initial password file", e);
        }
    }

    protected static Path passwordFile() {
        return Paths.get(System.getProperty("karaf.data"), "hall", "initial-passwords.txt");
    }

    /** Runs a console command as an admin and returns what it printed. */
    protected String executeCommand(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("admin"));
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (Exception e) {
            e.printStackTrace(out);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Polls until the condition holds or the deadline passes.
     *
     * @return milliseconds it took
     */
    protected static long waitFor(String what, long timeoutMillis, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + timeoutMillis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    protected static File fixture(String name) {
        return new File(System.getProperty("hall.fixtures"), name);
    }
}
