package org.qinqing.hall.http.internal;

import java.nio.charset.StandardCharsets;

/**
 * The hall's error body {@code {"error","message","field"}} for what the container refuses itself; the REST bundle
 * writes the same shape for its own refusals (a null field is left out there too).
 */
final class ErrorJson {
    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    private static final int MAX_MESSAGE = 200;

    private ErrorJson() {
    }

    /** @return the body for a status, with Jetty's reason (if any) as the message */
    static byte[] body(int status, String reason) {
        return body(status, reason, null);
    }

    /** @return the body naming the input it concerns ({@code field}), if any */
    static byte[] body(int status, String reason, String field) {
        String f = field == null ? "" : ",\"field\":\"" + escape(field) + "\"";
        return ("{\"error\":\"" + code(status) + "\",\"message\":\"" + escape(message(status, reason)) + "\"" + f + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return the machine-readable code for a status, the same words the REST bundle uses */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 411 -> "length_required";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 500 -> "internal_error";
            case 501 -> "not_implemented";
            case 503 -> "unavailable";
            case 505 -> "http_version_not_supported";
            default -> "http_" + status;
        };
    }

    private static String message(int status, String reason) {
        String base = switch (status) {
            case 404 -> "no such resource; the API is described at /api/v1/openapi.json";
            case 405 -> "this resource does not accept that HTTP method";
            case 431 -> "the request headers are too large";
            case 414 -> "the request URI is too long";
            case 500 -> "the hall could not complete the request";
            default -> null;
        };
        if (base != null) {
            return base;
        }
        if (reason == null || reason.isBlank()) {
            return "the request was refused (HTTP " + status + ")";
        }
        // Jetty's reasons are short phrases ("Ambiguous URI path separator"); never echo much of anything else
        String r = reason.strip();
        return "the request was refused: " + (r.length() > MAX_MESSAGE ? r.substring(0, MAX_MESSAGE) + "…" : r);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
