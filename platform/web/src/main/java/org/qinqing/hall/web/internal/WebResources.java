package org.qinqing.hall.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * The UI's static files, looked up by request path: the pages and scripts under {@code web/} of
 * the bundle, and the chart library under {@code /vendor/} from the webjar unpacked into it
 * ({@code META-INF/resources/webjars/}). Files are read once and kept with their gzip copy and
 * entity tag; with a development directory they are read from disk on every request instead, so
 * a front-end change shows on reload without rebuilding the bundle.
 */
final class WebResources {
    /** Versioned webjar paths never change: a year, immutable. */
    static final String VENDOR_CACHE = "public, max-age=31536000, immutable";
    /** Our own files keep their names across releases: always revalidate (cheap, with the entity tag). */
    static final String APP_CACHE = "no-cache";
    private static final int MIN_GZIP = 512;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final Function<String, URL> bundleEntry;
    private final Path devDirectory;
    private final Map<String, Optional<WebResource>> cache = new ConcurrentHashMap<>();

    /**
     * @param bundleEntry finds an entry of the bundle by its path ({@code Bundle::getEntry})
     * @param devDirectory a directory to serve {@code web/} from instead, or {@code null}
     */
    WebResources(Function<String, URL> bundleEntry, Path devDirectory) {
        this.bundleEntry = bundleEntry;
        this.devDirectory = devDirectory;
    }

    /**
     * @param path the request path below {@code /hall}, starting with {@code /}
     * @return the file, or empty when there is none (or the path tries to leave the UI's folders)
     */
    Optional<WebResource> find(String path) {
        String entry = entry(path);
        if (entry == null) {
            return Optional.empty();
        }
        if (devDirectory != null && entry.startsWith("web/")) {
            return load(devDirectory.resolve(entry.substring(4)), entry);
        }
        return cache.computeIfAbsent(entry, e -> load(bundleEntry.apply(e), e));
    }

    /** @return the bundle entry of a request path, or {@code null} for a path that is not a file of ours */
    static String entry(String path) {
        if (path == null || !path.startsWith("/") || path.endsWith("/") || path.contains("..") || path.contains("//")
                || path.contains("\\") || path.contains("%") || path.contains("\0")) {
            return null;
        }
        if (path.startsWith("/vendor/")) {
            return "META-INF/resources/webjars/" + path.substring("/vendor/".length());
        }
        return "web" + path;
    }

    private static Optional<WebResource> load(Path file, String entry) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(resource(Files.readAllBytes(file), entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<WebResource> load(URL url, String entry) {
        if (url == null || entry.endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(resource(in.readAllBytes(), entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " from the bundle", e);
        }
    }

    static WebResource resource(byte[] body, String entry) {
        String type = type(entry);
        byte[] gz = type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg")
                ? gzip(body) : null;
        String cacheControl = entry.startsWith("META-INF/resources/webjars/") ? VENDOR_CACHE : APP_CACHE;
        return new WebResource(body, gz, type, etag(body), cacheControl);
    }

    static String type(String entry) {
        int dot = entry.lastIndexOf('.');
        String ext = dot < 0 ? "" : entry.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static byte[] gzip(byte[] body) {
        if (body.length < MIN_GZIP) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory cannot fail", e);
        }
        byte[] zipped = out.toByteArray();
        return zipped.length < body.length ? zipped : null;
    }

    private static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
