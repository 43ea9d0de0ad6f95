package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.container.AsyncResponse;
import org.junit.After;
import org.junit.Test;
import org.qinqing.hall.floor.BoardCall;
import org.qinqing.hall.floor.Floor;

/**
 * A board whose connection stops taking bytes (a phone in a lift, a client that stopped reading)
 * does not hold up the calls to the other boards of the node, and is ended once its queue is full.
 */
public class BoardStreamsTest {
    private final List<Consumer<BoardCall>> followers = new CopyOnWriteArrayList<>();
    private final BoardStreams streams = new BoardStreams(floor());
    private final CountDownLatch unblock = new CountDownLatch(1);

    @After
    public void stop() {
        unblock.countDown();
        streams.stop();
    }

    @Test
    public void aStalledBoardHoldsUpNoOtherAndIsEndedWhenItsQueueIsFull() throws Exception {
        AtomicBoolean stalledEnded = new AtomicBoolean();
        streams.open("nanshan", -1, async(stalledEnded), response(new Stalled()));
        Recorded healthy = new Recorded();
        streams.open("nanshan", -1, async(new AtomicBoolean()), response(healthy));
        assertEquals(2, followers.size());

        // the floor's feed thread: it must never wait on a connection
        Thread feed = new Thread(() -> {
            for (int i = 1; i <= BoardStreams.MAX_PENDING + 2; i++) {
                call(i);
            }
        }, "feed");
        feed.setDaemon(true);
        feed.start();
        assertTrue("the healthy board got the first call while the other is stalled", healthy.await("A001", 2_000));
        feed.join(2_000);
        assertTrue("the feed's thread sent every call without waiting on the stalled board", !feed.isAlive());
        assertTrue("the last call reached the healthy board", healthy.await("A0" + (BoardStreams.MAX_PENDING + 2), 2_000));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((streams.size() != 1 || !stalledEnded.get()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("the stalled board is ended, the healthy one stays", 1, streams.size());
        assertTrue("its request is completed", stalledEnded.get());
    }

    private void call(int n) {
        BoardCall c = new BoardCall(n, "nanshan", String.format("A%03d", n), "A01", 1, Instant.parse("2026-03-02T02:00:00Z"), false);
        followers.forEach(f -> f.accept(c));
    }

    /** The floor's call feed, as far as the streams use it: follow a site, no missed calls. */
    private Floor floor() {
        return (Floor) Proxy.newProxyInstance(Floor.class.getClassLoader(), new Class<?>[] {Floor.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "follow":
                    @SuppressWarnings("unchecked")
                    Consumer<BoardCall> listener = (Consumer<BoardCall>) args[1];
                    followers.add(listener);
                    return (AutoCloseable) () -> followers.remove(listener);
                case "callsAfter":
                    return List.of();
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });
    }

    private static AsyncResponse async(AtomicBoolean resumed) {
        return (AsyncResponse) Proxy.newProxyInstance(AsyncResponse.class.getClassLoader(), new Class<?>[] {AsyncResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("resume")) {
                        resumed.set(true);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
    }

    private static HttpServletResponse response(ServletOutputStream out) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> method.getName().equals("getOutputStream") ? out : null);
    }

    /** A connection that stops taking bytes: the first write blocks until the test ends. */
    private final class Stalled extends Output {
        @Override
        public void write(int b) throws IOException {
            try {
                unblock.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("closed");
        }
    }

    /** A connection that takes everything. */
    private static final class Recorded extends Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        boolean await(String ticket, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    if (bytes.toString(StandardCharsets.UTF_8).contains("\"ticket\":\"" + ticket + "\"")) {
                        return true;
                    }
                }
                Thread.sleep(10);
            }
            return false;
        }
    }

    private abstract static class Output extends ServletOutputStream {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // blocking writes only
        }
    }
}
