package org.qinqing.hall.cluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/v1/health}, public, for load balancers: 200 {@code {"status":"UP",…}} only when
 * the database answers and every core service is registered, 503 {@code {"status":"DOWN",…}}
 * otherwise. A servlet of its own rather than a REST resource, so that it answers (DOWN) while the
 * REST API itself is still starting or gone.
 */
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Health health;
    private final String node;

    /** @param context this bundle's context @param node this node's name */
    public HealthServlet(org.osgi.framework.BundleContext context, String node) {
        this(new Health(context), node);
    }

    HealthServlet(Health health, String node) {
        this.health = health;
        this.node = node;
    }

    @Override
    public void destroy() {
        health.stop();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Health.Report r = health.check();
        byte[] body = json(r, node).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(r.up() ? 200 : 503);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) {
        resp.setStatus(health.check().up() ? 200 : 503);
        resp.setHeader("Cache-Control", "no-store");
    }

    static String json(Health.Report r, String node) {
        StringBuilder b = new StringBuilder("{\"status\":\"").append(r.up() ? "UP" : "DOWN").append("\",\"node\":");
        quote(b, node);
        b.append(",\"database\":{\"status\":\"").append(r.database() != null ? "UP" : "DOWN").append('"');
        if (r.database() != null) {
            b.append(",\"product\":");
            quote(b, r.database());
        } else {
            b.append(",\"error\":");
            quote(b, r.databaseError());
        }
        b.append("},\"missing\":[");
        for (int i = 0; i < r.missing().size(); i++) {
            b.append(i == 0 ? "" : ",");
            quote(b, r.missing().get(i));
        }
        return b.append("]}").toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
