package org.qinqing.hall.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) run with the repository's own {@code docs/cluster/haproxy.cfg}, only its
 * three ports moved to the test's, in front of two hall nodes.
 */
final class Haproxy implements AutoCloseable {
    private final Process process;

    private Haproxy(Process process) {
        this.process = process;
    }

    /** Starts HAProxy on {@code front} before nodes on {@code node1} and {@code node2}, and waits until it passes health through. */
    static Haproxy start(Path dir, int front, int node1, int node2) throws Exception {
        String cfg = Files.readString(Paths.get(System.getProperty("hall.root", ".."), "docs/cluster/haproxy.cfg"), StandardCharsets.UTF_8)
                .replace("127.0.0.1:8780", "127.0.0.1:" + front)
                .replace("127.0.0.1:8781", "127.0.0.1:" + node1)
                .replace("127.0.0.1:8782", "127.0.0.1:" + node2);
        Files.createDirectories(dir);
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, cfg, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(command(), "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.out").toFile()).start();
        Haproxy proxy = new Haproxy(p);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front + "/api/v1/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int healthy = 0;
        while (healthy < 4) { // a few in a row: round robin has asked both nodes
            if (!p.isAlive() || System.nanoTime() > deadline) {
                proxy.close();
                throw new IllegalStateException("HAProxy did not pass /api/v1/health within 30 s; see " + dir.resolve("haproxy.out"));
            }
            try {
                healthy = http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? healthy + 1 : 0;
            } catch (java.io.IOException notYet) {
                healthy = 0;
            }
            Thread.sleep(100);
        }
        return proxy;
    }

    private static String command() {
        return Files.isExecutable(Paths.get("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
