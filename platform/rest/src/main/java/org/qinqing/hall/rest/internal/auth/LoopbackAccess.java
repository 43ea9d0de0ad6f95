package org.qinqing.hall.rest.internal.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.qinqing.hall.metrics.HallMetrics;

/**
 * Decides whether a request comes from the hall's own machine for {@link Loopback} endpoints: its
 * peer is a loopback address and it carries no proxy header. A reverse proxy on the same machine
 * connects from loopback too: one that says whom it forwards for (Forwarded, X-Forwarded-For,
 * X-Real-IP) is not taken for a local caller. The switch is {@code allowLoopback} of
 * {@code org.qinqing.hall.metrics}: the metrics are the one {@link Loopback} endpoint.
 */
public class LoopbackAccess {
    private static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final HallMetrics metrics;

    /** @param metrics says whether loopback callers are let in at all (asked on each request: configuration changes) */
    public LoopbackAccess(HallMetrics metrics) {
        this.metrics = metrics;
    }

    /** @param request the request @return whether it may pass without login */
    public boolean permits(HttpServletRequest request) {
        if (request == null || !metrics.loopbackAllowed()) {
            return false;
        }
        for (String h : PROXY_HEADERS) {
            if (request.getHeader(h) != null) {
                return false;
            }
        }
        return isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return false; // only a literal address: never a name to look up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
