package org.qinqing.hall.http.internal;

import java.util.Locale;
import java.util.Set;

/** Which requests belong to the REST API, and which of them are refused before any servlet sees them. */
final class ApiPaths {
    /** The methods the API answers; TRACE and the rest are refused here (TRACE echoes credentials back). */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    private ApiPaths() {
    }

    /**
     * @param rawPath the path as sent (still encoded, dot segments not yet removed)
     * @param decodedPath the path after decoding and normalising, or {@code null}
     * @return whether either form lies under {@code /api}: {@code /api/v1/../../x} is an API request that went astray
     */
    static boolean isApi(String rawPath, String decodedPath) {
        return under(rawPath) || under(decodedPath);
    }

    private static boolean under(String path) {
        if (path == null) {
            return false;
        }
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        if (i == 0 || !path.startsWith("api", i)) {
            return false;
        }
        int end = i + 3;
        return end == path.length() || path.charAt(end) == '/' || path.charAt(end) == ';' || path.charAt(end) == '?';
    }

    /**
     * @param rawPath the path as sent
     * @return why the path is refused — a dot segment, plain or encoded (the API has no relative paths, and a path
     *         that climbs out of /api must not reach another servlet) — or {@code null}
     */
    static String refusal(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        for (String segment : rawPath.split("/", -1)) {
            int semi = segment.indexOf(';');
            String s = (semi >= 0 ? segment.substring(0, semi) : segment).toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (s.equals(".") || s.equals("..")) {
                return "the path may not contain '.' or '..' segments";
            }
            if (s.contains("%2f") || s.contains("%5c") || s.contains("\\")) {
                return "the path may not contain encoded '/' or '\\'";
            }
        }
        return null;
    }

    /**
     * @param rawQuery the query string as sent, or {@code null}
     * @return the name of the first parameter whose encoding is broken ('%' not followed by two hex digits) — left to
     *         CXF it fails while decoding, before any resource — or {@code null} when the query is sound
     */
    static String brokenQueryParameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String part : rawQuery.split("&")) {
            for (int i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
                if (i + 2 >= part.length() || !hex(part.charAt(i + 1)) || !hex(part.charAt(i + 2))) {
                    int eq = part.indexOf('=');
                    String name = eq >= 0 ? part.substring(0, eq) : part;
                    return name.length() > 40 || name.indexOf('%') >= 0 ? "" : name;
                }
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
