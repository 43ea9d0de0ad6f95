package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that submit cases through HAProxy and, when a request is not acknowledged (its node died
 * under it: no answer, 502, 503, 504), send it again with the same Idempotency-Key until it is. Any
 * other answer, or a failure while both nodes are up, is an error.
 */
final class ProxyClients {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final HallProcess proxy;
    private final int clients;
    private final Map<String, String> acknowledged;
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    private final Map<String, String> afterFailure = new ConcurrentHashMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger ackedAfterKill = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicLong killedAt = new AtomicLong();
    private final AtomicLong lastFailureAt = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch done;

    /** Starts {@code clients} threads on {@code proxy}; what is acknowledged goes into {@code acknowledged} (applicant → case number). */
    ProxyClients(HallProcess proxy, int clients, AtomicInteger sequence, Map<String, String> acknowledged) {
        this.proxy = proxy;
        this.clients = clients;
        this.acknowledged = acknowledged;
        this.done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        submitUntilAcknowledged(CrashIT.applicant(sequence.getAndIncrement()));
                    }
                } catch (Exception e) {
                    errors.add(e.toString());
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
    }

    private void submitUntilAcknowledged(String applicant) throws Exception {
        mine.add(applicant);
        String key = "proxy-" + applicant;
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        int failures = 0;
        while (true) {
            HttpResponse<String> r = send(applicant, key);
            if (r != null && (r.statusCode() == 201 || r.statusCode() == 200)) {
                String number = JSON.readTree(r.body()).get("caseNumber").asText();
                acknowledged.put(applicant, number);
                acked.incrementAndGet();
                if (killedAt.get() != 0) {
                    ackedAfterKill.incrementAndGet();
                }
                if (failures > 0) {
                    afterFailure.put(applicant, number);
                }
                return;
            }
            String what = r == null ? "no answer" : r.statusCode() + " " + r.body();
            if (r != null && r.statusCode() != 502 && r.statusCode() != 503 && r.statusCode() != 504) {
                errors.add(applicant + ": " + what);
                return;
            }
            if (killedAt.get() == 0) {
                errors.add(applicant + ": " + what + " while both nodes were up");
                return;
            }
            failures++;
            failedAttempts.incrementAndGet();
            lastFailureAt.set(System.nanoTime());
            if (System.nanoTime() > deadline) {
                errors.add(applicant + ": not acknowledged within 30 s of retries (" + what + ")");
                return;
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> send(String applicant, String key) {
        try {
            return proxy.post("cases", CrashIT.body(applicant), "clerk", key);
        } catch (Exception inFlight) {
            return null; // the connection broke under the request: not acknowledged
        }
    }

    /** Marks the moment a node is about to be killed: from now on unanswered requests are retried. */
    void killed() {
        killedAt.set(System.nanoTime());
    }

    /** Stops the clients once each has its current request acknowledged (or given up). */
    void stop() throws InterruptedException {
        stop.set(true);
        assertTrue("every client through HAProxy ended", done.await(60, TimeUnit.SECONDS));
    }

    boolean owns(String applicant) {
        return mine.contains(applicant);
    }

    /** Asserts no error and that a retry of every request answered only on a retry returns the same case, through HAProxy. */
    void check() throws Exception {
        assertTrue("errors through HAProxy: " + errors, errors.isEmpty());
        for (Map.Entry<String, String> e : afterFailure.entrySet()) {
            HttpResponse<String> again = proxy.post("cases", CrashIT.body(e.getKey()), "clerk", "proxy-" + e.getKey());
            assertTrue(again.body(), again.statusCode() == 201 || again.statusCode() == 200);
            assertEquals("a retry with the same key through HAProxy returns the same case", e.getValue(),
                    JSON.readTree(again.body()).get("caseNumber").asText());
        }
        long failingFor = lastFailureAt.get() == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(lastFailureAt.get() - killedAt.get());
        System.out.println("two nodes through HAProxy: " + clients + " clients, " + acked + " cases acknowledged (" + ackedAfterKill
                + " after the kill -9), " + failedAttempts + " attempts unanswered by the killed node (the last " + failingFor
                + " ms after the kill), " + afterFailure.size() + " acknowledged only on a retry with the same Idempotency-Key,"
                + " each the same case again on a further retry; 0 errors, 0 given up");
    }
}
