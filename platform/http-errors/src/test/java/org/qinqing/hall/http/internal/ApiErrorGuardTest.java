package org.qinqing.hall.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A real Jetty configured by this fragment's own {@code jetty.xml}, with a servlet at {@code /api/*} that answers the
 * way CXF does and Jetty's default servlet elsewhere; requests go over a raw socket so nothing cleans them up first.
 */
public class ApiErrorGuardTest {
    private static Server server;
    private static int port;

    @BeforeClass
    public static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(FakeCxf.class, "/api/*");
        context.addServlet(DefaultServlet.class, "/");
        context.addServlet(Hall.class, "/hall/*");
        server.setHandler(context);
        // the same file pax-web reads: a broken jetty.xml fails here, not only in the distribution
        XmlConfiguration xml = new XmlConfiguration(org.eclipse.jetty.util.resource.Resource.newClassPathResource("/jetty.xml"));
        xml.getIdMap().put("Server", server);
        xml.configure();
        server.start();
        port = connector.getLocalPort();
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
    }

    /** Answers like CXF's servlet: an HTML page for an address it has no service at, JSON from the resources. */
    public static class FakeCxf extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String p = req.getPathInfo() == null ? "" : req.getPathInfo();
            switch (p) {
                case "/v1/ok" -> {
                    resp.setContentType("application/json");
                    resp.getWriter().write("{\"ok\":true}");
                }
                case "/v1/json-conflict" -> {
                    resp.setStatus(409);
                    resp.setContentType("application/json");
                    resp.getWriter().write("{\"error\":\"conflict\",\"message\":\"stale\"}");
                }
                case "/v1/unavailable" -> resp.sendError(503, "<b>down</b>");
                case "/v1/throws" -> throw new IllegalStateException("secret detail");
                default -> {
                    resp.setStatus(404);
                    resp.setContentType("text/html");
                    resp.setContentLength(47);
                    resp.getWriter().write("<html><body>No service was found.</body></html>");
                }
            }
        }
    }

    /** A page outside the API: its errors stay the container's. */
    public static class Hall extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(404, "no such page");
        }
    }

    @Test
    public void successPassesUntouched() throws IOException {
        String r = raw("GET /api/v1/ok HTTP/1.1");
        assertStatus(200, r);
        assertTrue(r, r.endsWith("{\"ok\":true}"));
    }

    @Test
    public void jsonErrorsOfTheResourcesPassUntouched() throws IOException {
        String r = raw("GET /api/v1/json-conflict HTTP/1.1");
        assertStatus(409, r);
        assertTrue(r, r.endsWith("{\"error\":\"conflict\",\"message\":\"stale\"}"));
    }

    @Test
    public void htmlPageOfAnUnknownAddressBecomesJson() throws IOException {
        assertJsonError(404, "not_found", raw("GET /api/nosuch HTTP/1.1"));
        assertJsonError(404, "not_found", raw("GET /api HTTP/1.1"));
        assertJsonError(404, "not_found", raw("GET /api/ HTTP/1.1"));
    }

    @Test
    public void sendErrorBecomesJsonWithoutEchoingMarkup() throws IOException {
        String r = raw("GET /api/v1/unavailable HTTP/1.1");
        assertJsonError(503, "unavailable", r);
        assertTrue(r, !r.contains("<b>"));
    }

    @Test
    public void failureNoServletCaughtIsJson500WithoutDetail() throws IOException {
        String r = raw("GET /api/v1/throws HTTP/1.1");
        assertJsonError(500, "internal_error", r);
        assertTrue(r, !r.contains("secret detail") && !r.contains("IllegalStateException"));
    }

    @Test
    public void badPercentEncodingIsJson400() throws IOException {
        assertJsonError(400, "bad_request", raw("GET /api/v1/items/%zz HTTP/1.1"));
        assertJsonError(400, "bad_request", raw("GET /api/v1/items/%00 HTTP/1.1"));
    }

    @Test
    public void badPercentEncodingInTheQueryIsJson400NamingTheParameter() throws IOException {
        String r = raw("GET /api/v1/ok?department=hr&q=%zz HTTP/1.1");
        assertJsonError(400, "bad_request", r);
        assertTrue(r, r.contains("\"field\":\"q\""));
        assertJsonError(400, "bad_request", raw("GET /api/v1/ok?q=abc% HTTP/1.1"));
        assertStatus(200, raw("GET /api/v1/ok?q=%E4%BA%BA+x HTTP/1.1"));
    }

    @Test
    public void dotSegmentsAreRefusedEvenWhenTheyClimbOutOfTheApi() throws IOException {
        assertJsonError(400, "bad_request", raw("GET /api/v1/../../etc/passwd HTTP/1.1"));
        assertJsonError(400, "bad_request", raw("GET /api/v1/items/%2e%2e/x HTTP/1.1"));
        assertJsonError(400, "bad_request", raw("GET /api/v1/items/..%2Fx HTTP/1.1"));
        assertJsonError(400, "bad_request", raw("GET /api/./v1/ok HTTP/1.1"));
    }

    @Test
    public void methodsTheApiDoesNotHaveAreJson405() throws IOException {
        assertJsonError(405, "method_not_allowed", raw("TRACE /api/v1/ok HTTP/1.1"));
        assertJsonError(405, "method_not_allowed", raw("FOO /api/v1/ok HTTP/1.1"));
    }

    @Test
    public void oversizeHeadersAreJson431() throws IOException {
        String big = "X-Big: " + "a".repeat(20_000);
        assertJsonError(431, "headers_too_large", raw("GET /api/v1/ok HTTP/1.1", big));
    }

    @Test
    public void brokenRequestLineIsJson400() throws IOException {
        assertJsonError(400, "bad_request", raw("GET /api/v1/o k HTTP/1.1"));
        assertJsonError(400, "bad_request", raw("GET /api/v1/ok HTTP/1.1", "Bad Header Line"));
    }

    @Test
    public void pathsOutsideTheApiKeepTheContainersPages() throws IOException {
        String r = raw("GET /hall/nosuch HTTP/1.1");
        assertStatus(404, r);
        assertTrue(r, r.contains("text/html"));
    }

    private static void assertStatus(int status, String response) {
        assertTrue(response, response.startsWith("HTTP/1.1 " + status + " "));
    }

    private static void assertJsonError(int status, String error, String response) {
        assertStatus(status, response);
        String lower = response.toLowerCase(java.util.Locale.ROOT);
        assertTrue(response, lower.contains("content-type: application/json"));
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(response, body.startsWith("{\"error\":\"" + error + "\",\"message\":\""));
        assertTrue(response, body.endsWith("}"));
        assertEquals(response, -1, body.indexOf('<'));
    }

    /** Sends a request as written (no client normalises it) and reads the whole answer. */
    private static String raw(String requestLine, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            s.getOutputStream().write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
