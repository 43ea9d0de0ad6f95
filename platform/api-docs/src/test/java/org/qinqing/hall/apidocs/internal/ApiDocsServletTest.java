package org.qinqing.hall.apidocs.internal;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The page, its initializer and the webjar's files are found; nothing else in the bundle is reachable. */
public class ApiDocsServletTest {
    private final ApiDocsServlet servlet = new ApiDocsServlet(p -> getClass().getClassLoader().getResource(p));

    @Test
    public void servesThePagePointingAtTheHallsDescription() throws IOException {
        assertNotNull(servlet.entry("/"));
        try (InputStream in = servlet.entry("/initializer.js").openStream()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("/api/v1/openapi.json"));
        }
    }

    @Test
    public void servesTheUnpackedWebjarOfTheVersionItNames() {
        URL bundle = servlet.entry("/swagger-ui-bundle.js");
        assertNotNull("webjar unpacked at " + ApiDocsServlet.WEBJAR, bundle);
        assertNotNull(servlet.entry("/swagger-ui.css"));
    }

    @Test
    public void refusesPathsOutsideItsFiles() {
        assertNull(servlet.entry("/../OSGI-INF/blueprint/api-docs.xml"));
        assertNull(servlet.entry("/OSGI-INF/blueprint/api-docs.xml"));
        assertNull(servlet.entry("/%2e%2e/x"));
        assertNull(servlet.entry("/nosuch.js"));
    }
}
