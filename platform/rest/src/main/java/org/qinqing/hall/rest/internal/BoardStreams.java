package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * node writes each call to the streams of its site, and one timer sends the keep-alive comments
 * and ends streams at their age limit (the browser's EventSource reconnects by itself).
 */
public class BoardStreams {
    /** A stream is ended after this long. */
    static final long STREAM_MILLIS = 10 * 60_000;
    private static final long PING_MILLIS = 15_000;
    private static final ObjectMapper MAPPER = Json.mapper();
    private final Floor floor;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-board-streams");
        t.setDaemon(true);
        return t;
    });

    public BoardStreams(Floor floor) {
        this.floor = floor;
        timer.scheduleWithFixedDelay(this::ping, PING_MILLIS, PING_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Ends every stream (bundle stopping). */
    public void stop() {
        timer.shutdownNow();
        open.forEach(Stream::close);
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

        synchronized void write(String event) {
            if (closed) {
                return;
            }
            try {
                // straight to the servlet response, past CXF's buffering and compression, so every event leaves at once
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                response.flushBuffer();
            } catch (IOException | IllegalStateException gone) {
                closeLater();
            }
        }

        /** Not from inside write's lock on the feed's thread: resuming completes the response. */
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
