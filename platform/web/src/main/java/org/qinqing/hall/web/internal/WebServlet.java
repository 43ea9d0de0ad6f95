package org.qinqing.hall.web.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;

/**
 * Serves the web UI at {@code /hall/}: the staff application ({@code index.html}), the public
 * progress page ({@code /hall/progress}), the applicants' online hall ({@code /hall/online/}) and their scripts, with entity tags, gzip, cache headers
 * and a Content-Security-Policy that allows nothing but this origin. Registered on the HTTP
 * whiteboard by Blueprint; the REST API it talks to is under {@code /api/v1}.
 */
public class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final transient WebResources resources;

    /**
     * @param bundle this bundle, whose {@code web/} folder holds the UI
     * @param devDirectory a directory to serve the UI from instead (front-end development), or empty
     */
    public WebServlet(Bundle bundle, String devDirectory) {
        this(bundle::getEntry, devDirectory == null || devDirectory.isBlank() ? null : Path.of(devDirectory.trim()));
    }

    WebServlet(java.util.function.Function<String, URL> entries, Path devDirectory) {
        this.resources = new WebResources(entries, devDirectory);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean withBody) throws IOException {
        secure(resp);
        String path = req.getPathInfo();
        if (path == null || "/online".equals(path)) {
            // /hall and /hall/online without the slash: relative URLs in the page need the directory form
            resp.setHeader("Cache-Control", WebResources.APP_CACHE);
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + (path == null ? "" : path) + "/");
            return;
        }
        Optional<WebResource> found = resources.find(route(path));
        if (found.isEmpty()) {
            resp.setHeader("Cache-Control", WebResources.APP_CACHE);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page");
            return;
        }
        WebResource r = found.get();
        resp.setHeader("ETag", r.etag());
        resp.setHeader("Cache-Control", r.cacheControl());
        resp.setHeader("Vary", "Accept-Encoding");
        if (r.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(r.contentType());
        byte[] body = r.body();
        if (r.gzipped() != null && acceptsGzip(req.getHeader("Accept-Encoding"))) {
            resp.setHeader("Content-Encoding", "gzip");
            body = r.gzipped();
        }
        resp.setContentLength(body.length);
        if (withBody) {
            resp.getOutputStream().write(body);
        }
    }

    /** @return the file a request path names: the two pages have short URLs */
    static String route(String path) {
        return switch (path) {
            case "/", "/index.html" -> "/index.html";
            case "/progress", "/progress/" -> "/progress.html";
            case "/online/" -> "/online/index.html";
            default -> path;
        };
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].replace(" ", "").equalsIgnoreCase("q=0");
            }
        }
        return false;
    }

    private static void secure(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "same-origin");
    }
}
