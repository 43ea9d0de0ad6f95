package org.qinqing.hall.api;

/**
 * A request the hall refuses, with a machine-readable error code, a message for people and,
 * where it concerns one input, the field. The REST layer turns {@link #kind()} into the HTTP
 * status and the rest into the JSON body {@code {"error", "message", "field"}}.
 */
public class HallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The class of refusal; each maps to one HTTP status. */
    public enum Kind {
        /** 400: malformed or invalid input. */
        INVALID(400),
        /** 401: no or wrong credentials. */
        UNAUTHENTICATED(401),
        /** 403: authenticated but not allowed. */
        FORBIDDEN(403),
        /** 404: no such thing. */
        NOT_FOUND(404),
        /** 409: the request conflicts with the current state (illegal transition, concurrent change). */
        CONFLICT(409),
        /** 413: the body is larger than allowed. */
        TOO_LARGE(413),
        /** 422: well-formed but cannot be processed (e.g. a year with no calendar). */
        UNPROCESSABLE(422),
        /** 429: too many requests. */
        TOO_MANY(429),
        /** 503: a department or service needed for the request is not there right now. */
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** @return the HTTP status */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String error;
    private final String field;

    /**
     * @param kind class of refusal
     * @param error machine-readable code, e.g. {@code unknown_item}
     * @param field the input it concerns, or {@code null}
     * @param message what is wrong, for people
     */
    public HallException(Kind kind, String error, String field, String message) {
        super(message);
        this.kind = kind;
        this.error = error;
        this.field = field;
    }

    /** @param field the field @param message what is wrong @return a 400 */
    public static HallException invalid(String field, String message) {
        return new HallException(Kind.INVALID, "invalid_" + (field == null ? "request" : "field"), field, message);
    }

    /** @param error code @param message what was not found @return a 404 */
    public static HallException notFound(String error, String message) {
        return new HallException(Kind.NOT_FOUND, error, null, message);
    }

    /** @param error code @param message what conflicts @return a 409 */
    public static HallException conflict(String error, String message) {
        return new HallException(Kind.CONFLICT, error, null, message);
    }

    /** @param message why not @return a 403 */
    public static HallException forbidden(String message) {
        return new HallException(Kind.FORBIDDEN, "forbidden", null, message);
    }

    /** @param error code @param message what is missing @return a 503 */
    public static HallException unavailable(String error, String message) {
        return new HallException(Kind.UNAVAILABLE, error, null, message);
    }

    /** @return class of refusal */
    public Kind kind() {
        return kind;
    }

    /** @return machine-readable code */
    public String error() {
        return error;
    }

    /** @return the input it concerns, or {@code null} */
    public String field() {
        return field;
    }
}
