package org.qinqing.hall.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.Test;

public class WebResourcesTest {

    private static WebResources bundleOf(Map<String, String> files) throws IOException {
        Path dir = Files.createTempDirectory("web-bundle");
        Map<String, URL> urls = new HashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            urls.put(e.getKey(), f.toUri().toURL());
        }
        return new WebResources(urls::get, null);
    }

    @Test
    public void servesTheUiFolderAndTheWebjarUnderVendor() throws IOException {
        WebResources r = bundleOf(Map.of("web/index.html", "<!doctype html>", "META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "x"));
        WebResource page = r.find("/index.html").orElseThrow();
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertEquals(WebResources.APP_CACHE, page.cacheControl());
        WebResource lib = r.find("/vendor/uplot/1.6.30/dist/uPlot.iife.min.js").orElseThrow();
        assertEquals("text/javascript; charset=utf-8", lib.contentType());
        assertEquals(WebResources.VENDOR_CACHE, lib.cacheControl());
        assertFalse(r.find("/missing.js").isPresent());
    }

    @Test
    public void refusesPathsThatLeaveTheUiFolders() {
        for (String bad : new String[] {"/../OSGI-INF/blueprint/web.xml", "/js/../../x", "//etc/passwd", "/%2e%2e/x", "/js/", "js/app.js",
                "/a\\b", null}) {
            assertNull(bad, WebResources.entry(bad));
        }
        assertEquals("web/js/app.js", WebResources.entry("/js/app.js"));
    }

    @Test
    public void compressesTextThatShrinksAndTagsByContent() throws IOException {
        String big = "const a = 1;\n".repeat(200);
        WebResource js = WebResources.resource(big.getBytes(StandardCharsets.UTF_8), "web/js/app.js");
        assertNotNull(js.gzipped());
        assertTrue(js.gzipped().length < js.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(js.gzipped()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            assertEquals(big, out.toString(StandardCharsets.UTF_8));
        }
        assertNull("too small to pay", WebResources.resource(new byte[10], "web/a.js").gzipped());
        assertNull("images are compressed already", WebResources.resource(new byte[5000], "web/a.png").gzipped());
        assertEquals(js.etag(), WebResources.resource(big.getBytes(StandardCharsets.UTF_8), "web/other.js").etag());
        assertFalse(js.etag().equals(WebResources.resource("x".getBytes(StandardCharsets.UTF_8), "web/a.js").etag()));
    }

    @Test
    public void aDevelopmentDirectoryIsReadOnEveryRequest() throws IOException {
        Path dir = Files.createTempDirectory("web-dev");
        WebResources r = new WebResources(path -> null, dir);
        Files.writeString(dir.resolve("app.css"), "a{}");
        assertEquals("a{}", new String(r.find("/app.css").orElseThrow().body(), StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("app.css"), "b{}");
        assertEquals("b{}", new String(r.find("/app.css").orElseThrow().body(), StandardCharsets.UTF_8));
    }

    @Test
    public void shortUrlsForTheTwoPagesAndGzipNegotiation() {
        assertEquals("/index.html", WebServlet.route("/"));
        assertEquals("/progress.html", WebServlet.route("/progress"));
        assertEquals("the online hall's page", "/online/index.html", WebServlet.route("/online/"));
        assertEquals("/js/app.js", WebServlet.route("/js/app.js"));
        assertTrue(WebServlet.acceptsGzip("gzip, deflate, br"));
        assertFalse(WebServlet.acceptsGzip("gzip;q=0, br"));
        assertFalse(WebServlet.acceptsGzip("br"));
        assertFalse(WebServlet.acceptsGzip(null));
    }
}
