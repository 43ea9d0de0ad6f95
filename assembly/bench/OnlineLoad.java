import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The online hall under load (issue 22): login codes asked for, logins (code check + token), and
 * online applications with Bearer tokens. No dependencies:
 *
 *   java assembly/bench/OnlineLoad.java http://127.0.0.1:8381 CLERK_PASSWORD KARAF_DATA_DIR CLIENTS SECONDS [PEOPLE]
 *
 * The hall needs {@code etc/org.qinqing.hall.online.cfg} with {@code codesPerAddressHour = 1000000}
 * (every client here is 127.0.0.1) and a fixed clock on a working day. Codes are read from
 * {@code KARAF_DATA_DIR/hall/outbox/messages.log}, as the tests read them.
 */
public class OnlineLoad {
    static final String[] W = {"7", "9", "10", "5", "8", "4", "2", "1", "6", "3", "7", "9", "10", "5", "8", "4", "2"};
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    static String person(int i) {
        String birth = String.format("%04d%02d%02d", 1970 + (i / 300) % 25, 1 + (i / 25) % 12, 1 + i % 25);
        String first17 = "440303" + birth + String.format("%03d", (i * 7) % 1000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * Integer.parseInt(W[k]);
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String phone(int i) {
        return "1370000" + String.format("%04d", i);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String clerk = "Basic " + java.util.Base64.getEncoder().encodeToString(("clerk:" + args[1]).getBytes(StandardCharsets.UTF_8));
        Path outbox = Path.of(args[2], "hall", "outbox", "messages.log");
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int people = args.length > 5 ? Integer.parseInt(args[5]) : 3000;

        fixed("codes asked for", clients, people, i -> post(base + "/api/v1/online/code",
                "{\"number\":\"" + person(i) + "\",\"phone\":\"" + phone(i) + "\"}", null), null);
        Map<String, String> codes = new HashMap<>();
        Pattern line = Pattern.compile("137\\*\\*\\*\\*([0-9]{4}) .*验证码为 ([0-9]{6})");
        for (String l : Files.readAllLines(outbox, StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                codes.put(m.group(1), m.group(2));
            }
        }
        String[] tokens = new String[people];
        Pattern token = Pattern.compile("\"token\":\"([A-Za-z0-9_-]{43})\"");
        fixed("logins (code check + token)", clients, people, i -> post(base + "/api/v1/online/session", "{\"number\":\"" + person(i)
                + "\",\"phone\":\"" + phone(i) + "\",\"code\":\"" + codes.get(String.format("%04d", i)) + "\"}", null), (i, body) -> {
                    Matcher m = token.matcher(body);
                    if (m.find()) {
                        tokens[i] = m.group(1);
                    }
                });
        for (int c = 0; c < clients; c++) {
            HttpResponse<String> r = HTTP.send(post(base + "/api/v1/parties/" + person(c) + "/identity-verification", "{\"method\":\"id-card\"}",
                    clerk), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("verification: " + r.statusCode() + " " + r.body());
            }
        }
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        IntFunction<HttpRequest> submit = i -> {
            int c = i % clients;
            return post(base + "/api/v1/online/cases", "{\"itemCode\":\"police-no-criminal-record\",\"applicantNumber\":\"" + person(c)
                    + "\",\"form\":{\"purpose\":\"就业\"},\"materials\":[{\"code\":\"id-card\",\"contentType\":\"application/pdf\",\"content\":\""
                    + pdf + "\"}],\"profile\":{\"name\":\"压测申请人\"},\"delivery\":{\"method\":\"download\"}}", "Bearer " + tokens[c]);
        };
        timed("online applications (Bearer)", clients, 3, submit, false);
        timed("online applications (Bearer)", clients, seconds, submit, true);
    }

    static HttpRequest post(String uri, String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b.build();
    }

    /** Sends requests 0 … n-1 with the clients and reports the rate. */
    static void fixed(String what, int clients, int n, IntFunction<HttpRequest> requests, java.util.function.BiConsumer<Integer, String> each)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long[] lat = new long[n];
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = HTTP.send(requests.apply(i), HttpResponse.BodyHandlers.ofString());
                        lat[i] = System.nanoTime() - s;
                        if (r.statusCode() / 100 != 2) {
                            if (errors.incrementAndGet() < 3) {
                                System.out.println(what + ": " + r.statusCode() + " " + r.body());
                            }
                        } else if (each != null) {
                            each.accept(i, r.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double s = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(lat);
        System.out.printf("%s: clients=%d requests=%d errors=%d time=%.1f s throughput=%.0f/s p50=%.1f ms p99=%.1f ms%n", what, clients, n,
                errors.get(), s, n / s, pct(lat, 50), pct(lat, 99));
    }

    /** Sends requests back to back for some seconds and reports the rate. */
    static void timed(String what, int clients, int seconds, IntFunction<HttpRequest> requests, boolean report) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            new Thread(() -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest r0 = requests.apply(id + clients * next.getAndIncrement());
                        long s = System.nanoTime();
                        HttpResponse<String> r = HTTP.send(r0, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() / 100 != 2 && errors.incrementAndGet() < 3) {
                            System.out.println(what + ": " + r.statusCode() + " " + r.body());
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - s;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    lat[id] = mine;
                    counts[id] = n;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(lat[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%s: clients=%d seconds=%d requests=%d errors=%d throughput=%.0f/s p50=%.1f ms p99=%.1f ms%n", what, clients, seconds,
                total, errors.get(), total / (double) seconds, pct(all, 50), pct(all, 99));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
