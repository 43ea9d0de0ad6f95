package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.qinqing.hall.directline.TicketLookup;

/**
 * 10,000 ratings over REST ({@code POST /api/v1/ratings}), each of a different served ticket, from 16 clients:
 * {@code mvn -B verify -pl assembly -Pbench -Dit.test=RatingBench -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. The tickets come from a test {@link TicketLookup} registered as a real service
 * (the floor module's stand-in); the public rate limit is lifted, as it is per address and all clients share one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RatingBench extends HallTestSupport {
    private static final int RATINGS = 10_000;
    private static final int CLIENTS = 16;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00"),
            editConfigurationFilePut("etc/org.qinqing.hall.rest.cfg", "publicRequestsPerSecond", "1000000"),
            editConfigurationFilePut("etc/org.qinqing.hall.rest.cfg", "publicBurst", "1000000")};
    }

    /** Every ticket T… is a finished service of window A01. */
    public static final class AllServed implements TicketLookup {
        @Override
        public Optional<ServedTicket> served(String ticketId) {
            return ticketId.startsWith("T") ? Optional.of(new ServedTicket(ticketId, "market", "营业执照办理", "A01", "clerk-a01", "C" + ticketId)) : Optional.empty();
        }

        @Override
        public Optional<ServedTicket> lastServed(String window) {
            return Optional.of(new ServedTicket("T0", "market", "营业执照办理", window, "clerk-a01", "CT0"));
        }
    }

    @Test
    public void tenThousandRatingsOverRest() throws Exception {
        bundleContext.registerService(TicketLookup.class, new AllServed(), null);
        assertEquals(200, get("ratings/window/A01", "kiosk").status());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < RATINGS) {
                    String body = "{\"subject\":\"T" + i + "\",\"accessCode\":\"CT" + i + "\",\"level\":" + (1 + i % 5) + ",\"channel\":\"tablet\"}";
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(API + "ratings")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        (r.statusCode() == 201 ? created : other).incrementAndGet();
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH %d ratings over REST from %d clients in %.2f s: %.0f/s (%d not 201); 4,000 of them (levels 1 and 2) opened rectifications%n",
                created.get(), CLIENTS, seconds, created.get() / seconds, other.get());
        assertEquals(RATINGS, created.get());
        assertEquals(2000 * 2, get("ratings/stats?from=2026-03-01&to=2026-03-31", "supervisor").json().get("bad").asInt());
    }
}
