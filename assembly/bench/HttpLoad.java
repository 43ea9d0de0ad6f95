import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: N clients each send GET requests back to back for a number of seconds,
 * after a warm-up; prints throughput and latency percentiles. No dependencies: run it with
 *
 *   java assembly/bench/HttpLoad.java CLIENTS SECONDS URL [URL ...]
 *
 * Each client cycles through the URLs. Non-2xx answers are counted as errors.
 *
 * Intake mode posts applications (police-no-criminal-record, a pool of 2,000 valid applicants):
 *
 *   java assembly/bench/HttpLoad.java --intake CLIENTS SECONDS http://127.0.0.1:8181 clerk PASSWORD
 */
public class HttpLoad {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--intake")) {
            intake(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4], args[5]);
            return;
        }
        int clients = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<URI> uris = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            uris.add(URI.create(args[i]));
        }
        run(clients, 3, uris, false);
        run(clients, seconds, uris, true);
    }

    static final String[] W = {"7", "9", "10", "5", "8", "4", "2", "1", "6", "3", "7", "9", "10", "5", "8", "4", "2"};

    static String applicant(int i) {
        String birth = String.format("%04d%02d%02d", 1980 + (i / 300) % 25, 1 + (i / 25) % 12, 1 + i % 25);
        String first17 = "440305" + birth + String.format("%03d", (i * 7) % 1000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * Integer.parseInt(W[k]);
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static java.util.function.IntFunction<HttpRequest> intakeRequests(String base, String user, String password) {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        URI uri = URI.create(base + "/api/v1/cases");
        return i -> HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"itemCode\":\"police-no-criminal-record\",\"applicantNumber\":\""
                        + applicant(i % 2000) + "\",\"form\":{\"purpose\":\"就业\"},\"materials\":[{\"code\":\"id-card\",\"presented\":true}],"
                        + "\"channel\":\"counter\",\"window\":\"B01\",\"profile\":{\"name\":\"压测申请人\"}}")).build();
    }

    static void intake(int clients, int seconds, String base, String user, String password) throws Exception {
        java.util.function.IntFunction<HttpRequest> requests = intakeRequests(base, user, password);
        System.out.println("creating 2,000 applicant profiles...");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 2000; i++) {
            http.send(requests.apply(i), HttpResponse.BodyHandlers.discarding());
        }
        runRequests(clients, 3, requests, false);
        runRequests(clients, seconds, requests, true);
    }

    static void run(int clients, int seconds, List<URI> uris, boolean report) throws Exception {
        runRequests(clients, seconds, i -> HttpRequest.newBuilder(uris.get(i % uris.size())).GET().build(), report);
    }

    static void runRequests(int clients, int seconds, java.util.function.IntFunction<HttpRequest> requests, boolean report) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            Thread t = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.apply(next.getAndIncrement());
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long dt = System.nanoTime() - t0;
                        if (r.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = dt;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    lat[id] = mine;
                    counts[id] = n;
                    done.countDown();
                }
            });
            t.start();
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
        System.out.printf("clients=%d seconds=%d requests=%d errors=%d throughput=%.0f req/s p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n",
                clients, seconds, total, errors.get(), total / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
