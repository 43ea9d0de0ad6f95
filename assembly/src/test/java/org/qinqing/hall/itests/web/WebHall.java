package org.qinqing.hall.itests.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution run as its own process ({@code bin/karaf server}) for browser tests:
 * unpacked fresh per test class, on ports of its own, with the hall clock fixed. Gives the REST
 * calls a test needs to set up data (HTTP Basic with the first-start passwords) and moves the clock.
 */
final class WebHall implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The departments the distribution boots with. */
    static final java.util.List<String> DEPARTMENTS = java.util.List.of("civil", "culture", "ecology", "edu", "emergency", "finance",
            "health", "housing", "hr", "industry", "justice", "market", "ndrc", "planning", "police", "sci", "social", "tax",
            "transport", "urban", "water");
    private final Path home;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Map<String, String> passwords;

    private WebHall(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /**
     * Unpacks and starts a hall under {@code target/web/<name>}: HTTP on {@code port}, SSH and RMI
     * on ports derived from it, the clock fixed at {@code clock}.
     */
    static WebHall start(String name, int port, String clock) throws Exception {
        Path dir = Path.of("target/web", name).toAbsolutePath();
        run(Path.of("."), "rm", "-rf", dir.toString());
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", System.getProperty("hall.distribution"), "--strip-components=1");
        append(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(port));
        append(dir.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(port + 10));
        append(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(port + 1000));
        append(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(port + 2000));
        Files.writeString(dir.resolve("etc/org.qinqing.hall.clock.cfg"), "fixed = " + clock + "\n");
        WebHall hall = new WebHall(dir, port);
        hall.passwords = provision(dir.resolve("etc/users.properties"));
        given(dir, hall.passwords);
        try {
            hall.boot();
        } catch (Exception | Error e) {
            hall.close();
            throw e;
        }
        return hall;
    }

    /**
     * Writes the staff accounts the tests log in with into the JAAS user file before the first
     * start, passwords hashed as an earlier version stored them (Karaf's basic encryption): the hall
     * moves them into its database at its first start, as it does on an upgrade, and creates none
     * of its own with passwords the tests would have to read.
     */
    private static Map<String, String> provision(Path usersFile) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder("\n");
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("admin", "admin,_g_:admingroup");
        accounts.put("clerk", "clerk");
        accounts.put("supervisor", "supervisor");
        accounts.put("kiosk", "kiosk");
        for (String d : DEPARTMENTS) {
            accounts.put("approver-" + d, "approver,dept:" + d);
        }
        for (Map.Entry<String, String> a : accounts.entrySet()) {
            String password = "web-" + java.util.UUID.randomUUID();
            out.put(a.getKey(), password);
            lines.append(a.getKey()).append(" = {CRYPT}").append(sha512(password)).append("{CRYPT},").append(a.getValue()).append('\n');
        }
        Files.writeString(usersFile, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return out;
    }

    /**
     * One more clerk, {@code window-new}, whose password the hall gave out: it is in the initial
     * password file, so the hall holds the account to the change-password screen at its first login.
     */
    private static void given(Path dir, Map<String, String> passwords) throws IOException {
        String password = "given-" + java.util.UUID.randomUUID();
        passwords.put("window-new", password);
        Files.writeString(dir.resolve("etc/users.properties"), "window-new = {CRYPT}" + sha512(password) + "{CRYPT},clerk\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.createDirectories(dir.resolve("data/hall"));
        Files.writeString(dir.resolve("data/hall/initial-passwords.txt"), "window-new=" + password + "\n", StandardCharsets.UTF_8);
    }

    private static String sha512(String password) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().withUpperCase().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JRE", e);
        }
    }

    private void boot() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile());
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectErrorStream(true).redirectOutput(home.resolve("karaf.out").toFile());
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String lastDepartments = "";
        long settledSince = 0;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(api("departments")).GET(), null);
                HttpResponse<String> web = http.send(HttpRequest.newBuilder(URI.create(base() + "hall/")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"police\"") && web.statusCode() == 200) {
                    boolean same = r.body().equals(lastDepartments);
                    lastDepartments = r.body();
                    settledSince = same ? settledSince : System.nanoTime();
                    // departments register one by one: wait until nothing has changed for 2 s, and until the
                    // provisioned accounts are in the database (users.properties emptied) and the hall's realm
                    // answers for them (before it is registered, Karaf's realm over the emptied file answers 401)
                    if (System.nanoTime() - settledSince > TimeUnit.SECONDS.toNanos(2) && accountsImported()
                            && send(HttpRequest.newBuilder(api("me")).GET(), "admin").statusCode() == 200) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the hall did not start within 2 minutes; see " + home.resolve("karaf.out"));
    }

    /** @return whether the hall moved the provisioned accounts from etc/users.properties into its database */
    private boolean accountsImported() throws IOException {
        return Files.readAllLines(home.resolve("etc/users.properties")).stream().noneMatch(l -> l.matches("[a-z][a-z0-9-]* = .*"));
    }

    /** @return the hall's Karaf home (its {@code data/hall/outbox/messages.log}, logs …) */
    Path home() {
        return home;
    }

    /** @return {@code http://127.0.0.1:PORT/} */
    String base() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    String password(String user) {
        return passwords.get(user);
    }

    private URI api(String path) {
        return URI.create(base() + "api/v1/" + path);
    }

    JsonNode get(String path, String user) throws Exception {
        return json(send(HttpRequest.newBuilder(api(path)).GET(), user), 200, path);
    }

    /** POSTs JSON as {@code user} and expects 200 or 201. */
    JsonNode post(String path, Object body, String user) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user);
        return json(r, r.statusCode() == 201 ? 201 : 200, path);
    }

    /** PUTs JSON as {@code user} and expects 200. */
    JsonNode put(String path, Object body, String user) throws Exception {
        return json(send(HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user), 200, path);
    }

    /** POSTs raw bytes (a vault upload) as {@code user}. */
    JsonNode upload(String path, byte[] body, String type, String user) throws Exception {
        return json(send(HttpRequest.newBuilder(api(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), user), 201, path);
    }

    /** Ends a web session from outside, as the idle expiry does. */
    int closeSession(String token) throws Exception {
        return send(HttpRequest.newBuilder(api("session")).header("Cookie", "HALL_SESSION=" + token).DELETE(), null).statusCode();
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String user) throws IOException, InterruptedException {
        b.timeout(Duration.ofSeconds(30));
        if (user != null) {
            String token = user + ":" + passwords.get(user);
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r, int expected, String path) throws IOException {
        if (r.statusCode() != expected) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Moves the hall clock (Felix fileinstall applies the changed configuration) and waits until the hall sees it. */
    void moveClockTo(String day) throws Exception {
        Path cfg = home.resolve("etc/org.qinqing.hall.clock.cfg");
        Files.writeString(cfg, "fixed = " + day + "T10:00:00+08:00\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (day.equals(get("calendar/today", null).get("today").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the hall clock did not move to " + day);
    }

    private static void append(Path cfg, String key, String value) throws IOException {
        Files.writeString(cfg, "\n" + key + " = " + value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed");
        }
    }

    @Override
    public void close() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            // bin/karaf is a script: end the JVM it started too, by its command line naming this home
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("karaf.base=" + home)).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
