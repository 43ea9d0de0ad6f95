package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.core.Response;
import org.qinqing.hall.floor.BoardCall;
import org.qinqing.hall.floor.Floor;

/**
 * The open calling-board event streams of this node, held without a thread each: the request is
 * suspended (servlet async underneath CXF's {@link AsyncResponse}), the floor's one call feed per
 * node puts each call in the queue of every stream of its site, and one timer queues the
 * keep-alive comments and ends streams at their age limit (the browser's EventSource reconnects
 * by itself, and is sent the calls it missed).
 *
 * <p>Neither the feed nor the timer ever writes to a connection: a few writer threads drain the
 * queues, one stream at a time each, so a board whose network stalls (a phone in a lift, a client
 * that stopped reading) holds at most one writer, never the calls to the other boards. A stream
 * whose queue reaches {@value #MAX_PENDING} events is ended as too slow.
 */
public class BoardStreams {
    /** A stream is ended after this long. */
    static final long STREAM_MILLIS = 10 * 60_000;
    private static final long PING_MILLIS = 15_000;
    /** Events a stream may have waiting before it is ended as too slow. */
    static final int MAX_PENDING = 64;
    private static final int WRITERS = 4;
    private static final ObjectMapper MAPPER = Json.mapper();
    private final Floor floor;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-board-streams");
        t.setDaemon(true);
        return t;
    });

    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, new java.util.concurrent.ThreadFactory() {
        private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "hall-board-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    public BoardStreams(Floor floor) {
        this.floor = floor;
        timer.scheduleWithFixedDelay(this::ping, PING_MILLIS, PING_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Ends every stream (bundle stopping). */
    public void stop() {
        timer.shutdownNow();
        open.forEach(Stream::close);
        writers.shutdownNow();
    }

    /** Streams open now on this node. */
    public int size() {
        return open.size();
    }

    /** Starts a stream on {@code response}, first with the site's calls after {@code missedAfter} (when not negative); returns at once. */
    void open(String site, long missedAfter, AsyncResponse async, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        Stream s = new Stream(async, response.getOutputStream(), response, System.currentTimeMillis() + STREAM_MILLIS);
        async.setTimeout(STREAM_MILLIS + 2 * PING_MILLIS, TimeUnit.MILLISECONDS);
        async.setTimeoutHandler(a -> s.close());
        open.add(s);
        s.following = floor.follow(site, s::send);
        s.write("retry: 2000\n: connected\n\n");
        if (missedAfter >= 0) {
            for (BoardCall c : floor.callsAfter(missedAfter, 100)) {
                if (c.site().equals(site)) {
                    s.send(c);
                }
            }
        }
    }

    private void ping() {
        long now = System.currentTimeMillis();
        for (Stream s : open) {
            if (now > s.endsAt) {
                s.close();
            } else {
                s.write(": ping\n\n");
            }
        }
    }

    /** One board connection. */
    private final class Stream {
        private final AsyncResponse async;
        private final OutputStream out;
        private final HttpServletResponse response;
        private final long endsAt;
        private volatile AutoCloseable following;
        private boolean closed;
        private final ArrayDeque<String> pending = new ArrayDeque<>();
        private boolean draining;

        Stream(AsyncResponse async, OutputStream out, HttpServletResponse response, long endsAt) {
            this.async = async;
            this.out = out;
            this.response = response;
            this.endsAt = endsAt;
        }

        void send(BoardCall c) {
            try {
                write("id: " + c.seq() + "\nevent: call\ndata: " + MAPPER.writeValueAsString(FloorJson.boardCall(c)) + "\n\n");
            } catch (IOException e) {
                close();
            }
        }

        /** Queues an event; a writer thread sends it. Never blocks on the connection. */
        void write(String event) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (pending.size() >= MAX_PENDING) {
                    pending.clear();
                    closeLater();
                    return;
                }
                pending.add(event);
                if (draining) {
                    return;
                }
                draining = true;
            }
            try {
                writers.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                synchronized (this) {
                    closeLater();
                }
            }
        }

        /** Sends the queued events in order, on a writer thread; one drain per stream at a time. */
        private void drain() {
            while (true) {
                String event;
                synchronized (this) {
                    event = closed ? null : pending.poll();
                    if (event == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    // straight to the servlet response, past CXF's buffering and compression, so every event leaves at once
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    response.flushBuffer();
                } catch (IOException | IllegalStateException gone) {
                    synchronized (this) {
                        draining = false;
                        pending.clear();
                        closeLater();
                    }
                    return;
                }
            }
        }

        /** Not on the feed's or a writer's thread, inside the stream's lock: resuming completes the response. */
        private void closeLater() {
            closed = true;
            try {
                timer.execute(this::close);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                open.remove(this);
            }
        }

        void close() {
            synchronized (this) {
                closed = true;
            }
            if (!open.remove(this)) {
                return;
            }
            AutoCloseable f = following;
            try {
                if (f != null) {
                    f.close();
                }
            } catch (Exception e) {
                // following is a list removal; it does not fail
            }
            async.resume(Response.ok().build());
        }
    }
}
