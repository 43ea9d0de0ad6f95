package org.qinqing.hall.apidocs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;

/**
 * Serves Swagger UI at {@code /api-docs/}: the hall's page and initializer (pointing at /api/v1/openapi.json) and
 * the UI's files from the webjar unpacked into this bundle. Only plain file names are served, nothing from
 * elsewhere in the bundle.
 */
public class ApiDocsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/5.35.0/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png");
    // Swagger UI sets style attributes from script: inline styles are allowed, scripts only from this origin
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private final transient Function<String, URL> entries;

    /** @param bundle this bundle, holding the page and the unpacked webjar */
    public ApiDocsServlet(Bundle bundle) {
        this(bundle::getEntry);
    }

    ApiDocsServlet(Function<String, URL> entries) {
        this.entries = entries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        URL url = entry(path);
        if (url == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
            return;
        }
        String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        resp.setContentType(TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", name.endsWith(".html") || name.equals("initializer.js") ? "no-cache" : "public, max-age=86400");
        try (InputStream in = url.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /** @return the bundle entry a request path names, or {@code null} */
    URL entry(String path) {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            return null;
        }
        URL own = entries.apply("api-docs/" + name);
        return own != null ? own : entries.apply(WEBJAR + name);
    }
}
