package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * The floor across a {@code kill -9}: 20 windows call concurrently over 2,000 waiting tickets, the
 * hall's JVM is killed mid-way and restarted on the same data, the windows finish calling: every
 * ticket is called exactly once, none is lost, and every call a window was answered survives.
 */
public class FloorCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOWS = 20;
    private static final int TICKETS = 2000;

    @Test
    public void everyTicketIsCalledExactlyOnceAcrossKillMinus9() throws Exception {
        Path home = Paths.get("target/floor-crash/hall").toAbsolutePath();
        try (HallProcess hall = HallProcess.unpack(home, 18781, 18701, Map.of("fixed", "2026-03-02T10:00:00+08:00"))) {
            Map<String, String> clerks = new HashMap<>();
            StringBuilder users = new StringBuilder("\n");
            for (int w = 1; w <= WINDOWS; w++) {
                clerks.put("floor-clerk-" + w, "Crash-" + w + "-" + java.util.UUID.randomUUID());
            }
            // hashed as the realm stores them: a clear-text password would make Karaf rewrite the file from a stale copy at first use
            clerks.entrySet().parallelStream().map(e -> e.getKey() + " = {CRYPT}" + pbkdf2(e.getValue()) + "{CRYPT},clerk\n")
                    .sequential().forEach(users::append);
            Files.writeString(home.resolve("etc/users.properties"), users, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            hall.passwordsInUse(clerks);
            hall.start();
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(WINDOWS);
            List<Future<Integer>> taken = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                taken.add(pool.submit(() -> hall.post("sites/hall/tickets", "{}", "kiosk", null).statusCode()));
            }
            for (Future<Integer> f : taken) {
                assertEquals(Integer.valueOf(201), f.get(120, TimeUnit.SECONDS));
            }
            for (int w = 1; w <= WINDOWS; w++) {
                HttpResponse<String> in = hall.post("windows/" + w + "/sign-in", "", "floor-clerk-" + w, null);
                assertEquals(in.body(), 200, in.statusCode());
            }
            System.out.printf("FloorCrashIT: %d tickets taken and %d windows signed in after %d ms%n", TICKETS, WINDOWS, ms(started));

            Map<String, Set<Integer>> calls = new ConcurrentHashMap<>();
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            List<Future<?>> windows = callAll(pool, hall, calls, acknowledged, killed);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.get() < TICKETS / 3) {
                assertTrue("a third of the tickets called within 2 minutes; got " + acknowledged.get(), System.nanoTime() < deadline);
                Thread.sleep(10);
            }
            killed.set(true);
            hall.kill9();
            for (Future<?> f : windows) {
                f.get(60, TimeUnit.SECONDS);
            }
            Map<String, Integer> beforeKill = new HashMap<>();
            calls.forEach((ticket, at) -> beforeKill.put(ticket, at.iterator().next()));
            System.out.printf("FloorCrashIT: kill -9 after %d acknowledged calls (%d ms)%n", beforeKill.size(), ms(started));

            hall.start();
            killed.set(false);
            for (Future<?> f : callAll(pool, hall, calls, acknowledged, killed)) {
                f.get(300, TimeUnit.SECONDS);
            }
            pool.shutdown();
            for (Map.Entry<String, Set<Integer>> e : calls.entrySet()) {
                assertEquals("ticket " + e.getKey() + " answered to windows " + e.getValue(), 1, e.getValue().size());
            }
            assertEquals("no ticket was answered to a call twice", calls.size(), acknowledged.get());
            JsonNode board = JSON.readTree(hall.get("sites/hall/board", null).body());
            assertEquals("nobody waits any more: " + board, 0, board.get("waiting").path("A").asInt());
            int unanswered = 0;
            for (int i = 1; i <= TICKETS; i++) {
                String label = String.format("A%03d", i);
                if (!calls.containsKey(label)) {
                    unanswered++;
                    JsonNode t = JSON.readTree(hall.get("sites/hall/tickets/" + label, "clerk").body());
                    assertNotEquals("ticket " + label + " called while the hall died is not waiting again: " + t, "WAITING", t.get("state").asText());
                }
            }
            assertTrue("at most one call in flight per window was unanswered: " + unanswered, unanswered <= WINDOWS);
            int checked = 0;
            for (Map.Entry<String, Integer> e : beforeKill.entrySet()) {
                if (checked++ % 25 == 0) {
                    JsonNode t = JSON.readTree(hall.get("sites/hall/tickets/" + e.getKey(), "clerk").body());
                    assertEquals("an acknowledged call survives the kill: " + t, String.valueOf(e.getValue()), t.get("window").asText());
                }
            }
            System.out.printf("FloorCrashIT: %d tickets, %d calls answered (%d before the kill), %d called but unanswered; each called once (%d ms)%n",
                    TICKETS, acknowledged.get(), beforeKill.size(), unanswered, ms(started));
        }
    }

    /** Each window calls until nobody waits (204) or the hall is gone; every answered call is recorded. */
    private static List<Future<?>> callAll(ExecutorService pool, HallProcess hall, Map<String, Set<Integer>> calls, AtomicInteger acknowledged,
            AtomicBoolean killed) {
        List<Future<?>> windows = new ArrayList<>();
        for (int w = 1; w <= WINDOWS; w++) {
            int window = w;
            windows.add(pool.submit(() -> {
                while (true) {
                    HttpResponse<String> r;
                    try {
                        r = hall.post("windows/" + window + "/call-next", "", "floor-clerk-" + window, null);
                    } catch (java.io.IOException diedUnderIt) {
                        if (killed.get()) {
                            return null;
                        }
                        throw diedUnderIt;
                    }
                    if (r.statusCode() == 204) {
                        return null;
                    }
                    assertEquals(r.body(), 200, r.statusCode());
                    calls.computeIfAbsent(JSON.readTree(r.body()).get("ticket").asText(), t -> ConcurrentHashMap.newKeySet()).add(window);
                    acknowledged.incrementAndGet();
                }
            }));
        }
        return windows;
    }

    /** The hall's stored form (platform/security PasswordHashes): pbkdf2-sha256$iterations$salt$hash. */
    private static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] hash = f.generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 600_000, 256)).getEncoded();
            java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$600000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
