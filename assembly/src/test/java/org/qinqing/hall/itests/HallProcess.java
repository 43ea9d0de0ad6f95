package org.qinqing.hall.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution run as a real separate process ({@code bin/karaf server}), for tests
 * that kill it or drive it from outside: unpacked once into a directory, on ports of its own.
 */
final class HallProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort;
    private Process process;
    /** Both nodes' first-start passwords, when started together; else null (this hall's own file) */
    private Path sharedPasswords;

    private HallProcess(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution fresh into {@code dir} and sets ports and extra configuration. */
    static HallProcess unpack(Path dir, int httpPort, int sshPort, Map<String, String> clockConfig) throws Exception {
        String dist = System.getProperty("hall.distribution");
        Files.createDirectories(dir.getParent());
        run(dir.getParent(), "rm", "-rf", dir.toString());
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", dist, "--strip-components=1");
        set(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
        set(dir.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(sshPort));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(sshPort + 1000));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(sshPort + 2000));
        for (Map.Entry<String, String> e : clockConfig.entrySet()) {
            set(dir.resolve("etc/org.qinqing.hall.clock.cfg"), e.getKey(), e.getValue());
        }
        return new HallProcess(dir, httpPort);
    }

    private static void set(Path cfg, String key, String value) throws IOException {
        Files.writeString(cfg, "\n" + key + " = " + value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed");
        }
    }

    /** A hall that a script (hall.sh) installs at {@code home} and starts; nothing is unpacked here. */
    static HallProcess at(Path home, int httpPort) {
        return new HallProcess(home, httpPort);
    }

    /** Starts Karaf and waits until the REST API answers with the boot departments. */
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile());
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        start(pb, home.resolve("karaf.out"));
    }

    /** Starts {@code pb} (a command that ends in this hall's Karaf), output to {@code out}, and waits as {@link #start()}. */
    void start(ProcessBuilder pb, Path out) throws Exception {
        launch(pb, out);
        awaitReady(out);
    }

    private void launch(ProcessBuilder pb, Path out) throws IOException {
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        process = pb.start();
    }

    private void awaitReady(Path out) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hall's process ended (exit " + process.exitValue() + "): " + Files.readString(out));
            }
            try {
                HttpResponse<String> r = get("departments", null);
                if (r.statusCode() == 200 && r.body().contains("\"police\"")
                        && Files.exists(sharedPasswords != null ? sharedPasswords : passwordFile()) && passwords().containsKey("approver-police") && accountsServed()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the hall did not start within 2 minutes; see " + out);
    }

    /**
     * Starts two halls on one shared database at the same moment (the accounts are the database's, and
     * whichever node created an account wrote its first-start password to its own file), then gives each
     * the other's first-start passwords, and waits until both answer for the accounts.
     */
    static void startTogether(HallProcess a, HallProcess b) throws Exception {
        for (HallProcess h : new HallProcess[] {a, b}) {
            ProcessBuilder pb = new ProcessBuilder(h.home.resolve("bin/karaf").toString(), "server").directory(h.home.toFile());
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            h.launch(pb, h.home.resolve("karaf.out"));
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            Map<String, String> all = new LinkedHashMap<>();
            for (HallProcess h : new HallProcess[] {a, b}) {
                if (!h.process.isAlive()) {
                    throw new IllegalStateException("the hall's process ended (exit " + h.process.exitValue() + "): "
                            + Files.readString(h.home.resolve("karaf.out")));
                }
                if (Files.exists(h.passwordFile())) {
                    all.putAll(h.passwords());
                }
            }
            if (all.containsKey("admin") && all.containsKey("approver-police")) {
                for (HallProcess h : new HallProcess[] {a, b}) {
                    h.writePasswords(all);
                }
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the two halls made no admin and approver-police account within 2 minutes");
            }
            Thread.sleep(200);
        }
        a.awaitReady(a.home.resolve("karaf.out"));
        b.awaitReady(b.home.resolve("karaf.out"));
    }

    private void writePasswords(Map<String, String> passwords) throws IOException {
        StringBuilder text = new StringBuilder();
        passwords.forEach((user, password) -> text.append(user).append('=').append(password).append('\n'));
        Path copy = passwordFile().resolveSibling("initial-passwords.both");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        sharedPasswords = copy;
    }

    /**
     * @return whether the hall's realm answers for the accounts in its database: the admin logs in
     *         (403 while its first-start password is still to be changed) — before the realm is
     *         registered, Karaf's own realm over the emptied users.properties answers 401
     */
    private boolean accountsServed() throws IOException, InterruptedException {
        String password = changed.containsKey("admin") ? changed.get("admin") : passwords().get("admin");
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/me")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        int status = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
        return status == 200 || status == 403;
    }

    /** {@code kill -9} of the Karaf JVM: no shutdown hook, no flush. */
    void kill9() throws Exception {
        Optional<ProcessHandle> jvm = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("karaf.base=" + home) && c.contains("java")).orElse(false)).findFirst();
        ProcessHandle target = jvm.orElseThrow(() -> new IllegalStateException("no Karaf JVM found for " + home));
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(target.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("kill -9 " + target.pid() + " did not return within 10 s");
        }
        target.onExit().get(30, TimeUnit.SECONDS);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the hall's launcher did not end within 30 s of the kill");
        }
    }

    Path passwordFile() {
        return home.resolve("data/hall/initial-passwords.txt");
    }

    /** @return the first-start passwords: this hall's file, or both nodes' when started {@link #startTogether together} */
    Map<String, String> passwords() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sharedPasswords != null ? sharedPasswords : passwordFile())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @return the URI of an API path on this hall ({@code http://127.0.0.1:PORT/api/v1/PATH}) */
    URI api(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + "/api/v1/" + path);
    }

    /** Runs a console command through Karaf's SSH client as admin (its password changed first, as the hall requires). @return its output */
    String console(int sshPort, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-h", "127.0.0.1",
                "-u", "admin", "-p", password("admin"), "-r", "10", command).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " through bin/client failed: " + out);
        }
        return out;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).GET();
        auth(b, user);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String body, String user, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        auth(b, user);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Passwords set in place of the first-start ones; they hold across restarts of this hall. */
    private final Map<String, String> changed = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the passwords this object set in place of first-start ones (for a hall restored from this one's backup) */
    Map<String, String> passwordsInUse() {
        return Map.copyOf(changed);
    }

    /** @param inUse passwords another hall process set, which this hall's accounts (restored or upgraded from it) now have */
    void passwordsInUse(Map<String, String> inUse) {
        changed.putAll(inUse);
    }

    /** @return the account's password now; its first use changes the first-start one, as the hall requires (once: concurrent clients wait for it) */
    synchronized String password(String user) throws IOException, InterruptedException {
        String now = changed.get(user);
        if (now != null) {
            return now;
        }
        String next = "T3st-" + java.util.UUID.randomUUID();
        HttpResponse<String> r = changeFirstStart(user, next);
        if (r.statusCode() != 204) {
            throw new IllegalStateException("changing the first-start password of " + user + " answered " + r.statusCode() + ": " + r.body());
        }
        changed.put(user, next);
        return next;
    }

    /**
     * Gives {@code user} on this hall the password another node's object set, so a load balancer may send
     * the user's requests to either: the first-start one is changed to it, or, when this hall no longer
     * takes the first-start one (accounts shared in the database), it is taken as already in use.
     */
    synchronized void passwordAs(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = changeFirstStart(user, password);
        if (r.statusCode() != 204 && r.statusCode() != 401) {
            throw new IllegalStateException("changing the first-start password of " + user + " answered " + r.statusCode() + ": " + r.body());
        }
        changed.put(user, password);
    }

    private HttpResponse<String> changeFirstStart(String user, String next) throws IOException, InterruptedException {
        String initial = passwords().get(user);
        String body = "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + next + "\"}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/me/password"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + initial).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void auth(HttpRequest.Builder b, String user) throws IOException {
        if (user != null) {
            String token;
            try {
                token = user + ":" + password(user);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile()).inheritIO().start().waitFor();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    File home() {
        return home.toFile();
    }
}
