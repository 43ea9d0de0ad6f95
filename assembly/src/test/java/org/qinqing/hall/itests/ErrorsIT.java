package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every answer under /api/ that is not 2xx is the hall's JSON error — also what Jetty, pax-web and CXF refuse
 * before the resources run. Requests go over a raw socket, exactly as written, so no client cleans them up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ErrorsIT extends HallTestSupport {

    @Test
    public void badUriEncodingIsJson400() throws IOException {
        assertJsonError(400, raw("GET /api/v1/items/%00 HTTP/1.1"));
        assertJsonError(400, raw("GET /api/v1/items/%zz HTTP/1.1"));
    }

    @Test
    public void badQueryEncodingIsJson400NamingTheParameter() throws IOException {
        JsonNode e = assertJsonError(400, raw("GET /api/v1/items?q=%zz HTTP/1.1"));
        assertEquals("q", e.get("field").asText());
    }

    @Test
    public void pathsWithDotSegmentsAreJson400EvenWhenTheyLeaveTheApi() throws IOException {
        assertJsonError(400, raw("GET /api/v1/../../etc/passwd HTTP/1.1"));
        assertJsonError(400, raw("GET /api/../hall/index.html HTTP/1.1"));
        assertJsonError(400, raw("GET /api/v1/items/%2e%2e/%2e%2e/x HTTP/1.1"));
    }

    @Test
    public void unknownPathsUnderTheApiAreJson404() throws IOException {
        assertJsonError(404, raw("GET /api/v1/nosuch HTTP/1.1"));
        assertJsonError(404, raw("GET /api/nosuch HTTP/1.1"));
        assertJsonError(404, raw("GET /api HTTP/1.1"));
        assertJsonError(404, raw("GET /api/ HTTP/1.1"));
        assertJsonError(404, raw("GET /api/v2/departments HTTP/1.1"));
    }

    @Test
    public void wrongMethodsAreJson405() throws IOException {
        assertJsonError(405, raw("DELETE /api/v1/departments HTTP/1.1"));
        assertJsonError(405, raw("TRACE /api/v1/departments HTTP/1.1"));
        assertJsonError(405, raw("PROPFIND /api/v1/departments HTTP/1.1"));
    }

    @Test
    public void unsupportedMediaTypeIsJson415AndNotAcceptableIsJson406() throws IOException {
        assertJsonError(415, raw("POST /api/v1/session HTTP/1.1", "x", "Content-Type: text/plain"));
        assertJsonError(406, raw("GET /api/v1/departments HTTP/1.1", null, "Accept: application/xml"));
    }

    @Test
    public void oversizeHeadersAreJson431() throws IOException {
        assertJsonError(431, raw("GET /api/v1/departments HTTP/1.1", null, "X-Big: " + "a".repeat(20_000)));
    }

    @Test
    public void brokenRequestsAreJson400() throws IOException {
        assertJsonError(400, raw("GET /api/v1/depart ments HTTP/1.1"));
        assertJsonError(400, raw("GET /api/v1/departments HTTP/1.1", null, "Bad Header Line"));
    }

    @Test
    public void bodyShorterThanItsContentLengthIsJson400() throws IOException {
        JsonNode e = assertJsonError(400, raw("POST /api/v1/session HTTP/1.1", "{\"user",
                "Content-Type: application/json", "Content-Length: 50"));
        assertEquals("incomplete_body", e.get("error").asText());
    }

    @Test
    public void successAndPagesOutsideTheApiAreUntouched() throws IOException {
        String ok = raw("GET /api/v1/departments HTTP/1.1");
        assertTrue(ok, ok.startsWith("HTTP/1.1 200 "));
        String page = raw("GET /hall/ HTTP/1.1");
        assertTrue(page, page.startsWith("HTTP/1.1 200 ") && page.toLowerCase(Locale.ROOT).contains("text/html"));
    }

    /** @return the parsed error, after checking status, type and shape: never HTML, never a stack trace */
    private static JsonNode assertJsonError(int status, String response) throws IOException {
        assertTrue(response, response.startsWith("HTTP/1.1 " + status + " "));
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(response, head.contains("content-type: application/json"));
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        if (head.contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        JsonNode e = JSON.readTree(body);
        assertTrue(body, e.hasNonNull("error") && e.hasNonNull("message"));
        for (java.util.Iterator<String> f = e.fieldNames(); f.hasNext();) {
            String name = f.next();
            assertTrue("unexpected member " + name + " in " + body, Set3.ALLOWED.contains(name));
        }
        assertFalse(body, body.contains("<") || body.contains("Exception") || body.contains("\tat "));
        return e;
    }

    /** The members an error may have. */
    private static final class Set3 {
        static final java.util.Set<String> ALLOWED = java.util.Set.of("error", "message", "field");
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int eol = chunked.indexOf("\r\n", i);
            int size = Integer.parseInt(chunked.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the error bodies are ASCII-escaped enough for this to hold
            out.append(chunked, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    /** Sends the request exactly as written and reads the answer until the hall closes the connection. */
    private static String raw(String requestLine) throws IOException {
        return raw(requestLine, null);
    }

    private static String raw(String requestLine, String body, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", HTTP_PORT)) {
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            boolean length = false;
            for (String h : headers) {
                req.append(h).append("\r\n");
                length |= h.toLowerCase(Locale.ROOT).startsWith("content-length:");
            }
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null && !length) {
                req.append("Content-Length: ").append(b.length).append("\r\n");
            }
            s.getOutputStream().write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(b);
            s.shutdownOutput();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
