package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.qinqing.hall.api.identity.ResidentIds;

/**
 * Nothing lost: concurrent submissions to the real distribution, {@code kill -9} of its JVM while
 * they are in flight, a restart on the same data; every acknowledged case is there exactly once
 * and the audit chain verifies.
 */
public class CrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;

    @Test
    public void everyAcknowledgedCaseSurvivesKillMinus9ExactlyOnce() throws Exception {
        try (HallProcess hall = HallProcess.unpack(Paths.get("target/crash/hall").toAbsolutePath(), 18381, 18301,
                Map.of("fixed", "2026-03-02T10:00:00+08:00"))) {
            hall.start();
            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            String applicant = applicant(sequence.getAndIncrement());
                            try {
                                HttpResponse<String> r = hall.post("cases", body(applicant), "clerk", "crash-" + applicant);
                                if (r.statusCode() == 201) {
                                    acknowledged.put(applicant, JSON.readTree(r.body()).get("caseNumber").asText());
                                }
                            } catch (Exception inFlight) {
                                // the hall died under this request: not acknowledged
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
            while (acknowledged.size() < 300) {
                assertTrue("300 acknowledged cases within 3 minutes; got " + acknowledged.size(), System.nanoTime() < deadline);
                Thread.sleep(20);
            }
            hall.kill9();
            stop.set(true);
            assertTrue("every client ended after the kill", done.await(60, java.util.concurrent.TimeUnit.SECONDS));
            int sent = sequence.get();
            System.out.println("kill -9 after " + acknowledged.size() + " acknowledged of " + sent + " sent");

            hall.start();
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                HttpResponse<String> list = hall.get("cases?applicant=" + e.getKey(), "clerk");
                JsonNode cases = JSON.readTree(list.body());
                assertEquals("cases of " + e.getKey() + ": " + list.body(), 1, cases.size());
                assertEquals(e.getValue(), cases.get(0).get("caseNumber").asText());
                HttpResponse<String> retry = hall.post("cases", body(e.getKey()), "clerk", "crash-" + e.getKey());
                assertEquals(retry.body(), e.getValue(), JSON.readTree(retry.body()).get("caseNumber").asText());
            }
            for (int i = 0; i < sent; i++) {
                String applicant = applicant(i);
                if (!acknowledged.containsKey(applicant)) {
                    int n = JSON.readTree(hall.get("cases?applicant=" + applicant, "clerk").body()).size();
                    assertTrue("an unacknowledged submission is there at most once", n <= 1);
                }
            }
            HttpResponse<String> verified = hall.get("audit/verify", "supervisor");
            assertEquals(verified.body(), 200, verified.statusCode());
            JsonNode verify = JSON.readTree(verified.body());
            assertTrue(verify.toString(), verify.get("valid").asBoolean());
            System.out.println("after restart: all " + acknowledged.size() + " acknowledged cases present once; audit chain of "
                    + verify.get("records").asLong() + " records verifies");
        }
    }

    /** A distinct valid resident ID number for each i (born 1980-2004, sequence varies). */
    static String applicant(int i) {
        String birth = String.format("%04d%02d%02d", 1980 + (i / 300) % 25, 1 + (i / 25) % 12, 1 + i % 25);
        String first17 = "440305" + birth + String.format("%03d", (i * 7) % 1000);
        return first17 + ResidentIds.checkCharacter(first17);
    }

    static String body(String applicant) throws Exception {
        return JSON.writeValueAsString(Map.of("itemCode", "police-no-criminal-record", "applicantNumber", applicant,
                "form", Map.of("purpose", "就业"), "materials", List.of(Map.of("code", "id-card", "presented", true)),
                "channel", "counter", "window", "B02", "profile", Map.of("name", "压测申请人")));
    }
}
