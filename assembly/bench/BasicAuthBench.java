import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * REST requests/s with HTTP Basic on a hall distribution, for a before/after comparison of the
 * login path: {@code java assembly/bench/BasicAuthBench.java DIST.tar.gz WORKDIR PORT}. Unpacks the
 * distribution, starts it ({@code bin/karaf server}, SSH on PORT+10), changes the clerk's first-start
 * password if the hall asks for it, then times sequential and 4-client {@code GET /api/v1/me} with Basic.
 */
public class BasicAuthBench {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] a) throws Exception {
        Path home = Path.of(a[1]).toAbsolutePath();
        int port = Integer.parseInt(a[2]);
        new ProcessBuilder("rm", "-rf", home.toString()).inheritIO().start().waitFor();
        Files.createDirectories(home);
        new ProcessBuilder("tar", "xzf", a[0], "-C", home.toString(), "--strip-components=1").inheritIO().start().waitFor();
        append(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = " + port);
        append(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = " + (port + 10));
        append(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = " + (port + 1000) + "\nrmiServerPort = " + (port + 2000));
        Process karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("karaf.out").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port + "/api/v1/";
            Path pw = home.resolve("data/hall/initial-passwords.txt");
            long deadline = System.nanoTime() + 180_000_000_000L;
            String password = null;
            while (password == null && System.nanoTime() < deadline) {
                Thread.sleep(500);
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "departments")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200
                            && Files.exists(pw)) {
                        password = Files.readAllLines(pw).stream().filter(l -> l.startsWith("clerk=")).map(l -> l.substring(6)).findFirst().orElse(null);
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(5000); // let the boot settle (departments, accounts)
            String auth = basic("clerk", password);
            if (get(base + "me", auth) == 403) {
                String next = "bench-" + java.util.UUID.randomUUID();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "me/password")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"" + next + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                System.out.println("first-login change: " + r.statusCode());
                auth = basic("clerk", next);
            }
            for (int i = 0; i < 500; i++) {
                check(get(base + "me", auth));
            }
            int n = 3000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(get(base + "me", auth));
            }
            double seq = n / ((System.nanoTime() - t) / 1e9);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            String finalAuth = auth;
            t = System.nanoTime();
            java.util.List<Future<?>> fs = new java.util.ArrayList<>();
            for (int c = 0; c < 4; c++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < n; i++) {
                        check(get(base + "me", finalAuth));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double par = 4 * n / ((System.nanoTime() - t) / 1e9);
            pool.shutdown();
            System.out.printf("GET /me with HTTP Basic: %.0f requests/s sequential, %.0f requests/s with 4 clients%n", seq, par);
        } finally {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile()).start().waitFor();
            if (!karaf.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                karaf.destroyForcibly();
            }
        }
    }

    static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("answered " + status);
        }
    }

    static int get(String url, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    static void append(Path cfg, String lines) throws Exception {
        Files.writeString(cfg, "\n" + lines + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
