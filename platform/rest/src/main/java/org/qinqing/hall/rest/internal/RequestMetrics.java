package org.qinqing.hall.rest.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

/**
 * Times every request to {@code /api/v1} into {@code hall_http_server_requests_seconds} by method,
 * endpoint and status. The endpoint is the matched resource method's path template
 * ({@code /cases/{number}/{action}}), never the raw path, so the number of series stays bounded;
 * a request that matched no endpoint is {@code UNMATCHED}. The time runs from before the first
 * filter until the body is written (or until the response filters, when there is no body).
 */
@PreMatching
@Priority(1) // first of the request filters, last of the response filters: the widest span
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    static final String METER = "hall.http.server.requests";
    static final String UNMATCHED = "UNMATCHED";
    private static final String START = RequestMetrics.class.getName() + ".start";
    private static final String TAGS = RequestMetrics.class.getName() + ".tags";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    /**
     * Histogram buckets for histogram_quantile: a dozen fixed bounds (Prometheus' usual ones) rather
     * than Micrometer's generated percentile buckets, which are ~70 per series from 1 ms to 30 s.
     */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private record Labels(String method, String uri, String status) {
    }

    private final MeterRegistry registry;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest http;

    /** Records into Micrometer's global registry (served while the metrics bundle runs). */
    public RequestMetrics() {
        this(Metrics.globalRegistry);
    }

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        http.setAttribute(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Labels labels = new Labels(method(request.getMethod()), template(resource.getResourceMethod()), String.valueOf(response.getStatus()));
        if (response.hasEntity()) {
            http.setAttribute(TAGS, labels); // timed once the body is written
        } else {
            record(labels);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            Object labels = http.getAttribute(TAGS);
            if (labels instanceof Labels l) {
                http.removeAttribute(TAGS);
                record(l);
            }
        }
    }

    private void record(Labels labels) {
        Object start = http.getAttribute(START);
        if (!(start instanceof Long t0)) {
            return;
        }
        http.removeAttribute(START);
        timer(registry, labels.method, labels.uri, labels.status).record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
    }

    /** @return the meter of one method, endpoint and status */
    static Timer timer(MeterRegistry registry, String method, String uri, String status) {
        return Timer.builder(METER).description("Requests to /api/v1 by HTTP method, endpoint (path template) and status")
                .tags("method", method, "uri", uri, "status", status).serviceLevelObjectives(BUCKETS).register(registry);
    }

    /** @return the method's name if it is one of HTTP's, else OTHER: a client must not make new series at will */
    static String method(String method) {
        return method != null && METHODS.contains(method) ? method : "OTHER";
    }

    /** @return the endpoint's path template below /api/v1, e.g. {@code /cases/{number}}; {@link #UNMATCHED} without one */
    String template(Method m) {
        return m == null ? UNMATCHED : templates.computeIfAbsent(m, RequestMetrics::templateOf);
    }

    static String templateOf(Method m) {
        StringBuilder b = new StringBuilder();
        append(b, m.getDeclaringClass().getAnnotation(Path.class));
        append(b, m.getAnnotation(Path.class));
        return b.length() == 0 ? "/" : b.toString();
    }

    private static void append(StringBuilder b, Path path) {
        if (path == null) {
            return;
        }
        String p = path.value().replaceAll("^/+|/+$", "");
        if (!p.isEmpty()) {
            b.append('/').append(p);
        }
    }
}
