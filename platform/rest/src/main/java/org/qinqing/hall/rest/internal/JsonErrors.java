package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import javax.ws.rs.core.Response;
import org.qinqing.hall.rest.internal.auth.BodyTooLargeException;

/** Turns JSON reading problems into 400s that name the field and say what is wrong. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** @return the response for a failure while reading a body, or {@code null} if it is not one */
    static Response fromCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BodyTooLargeException) {
                return Errors.of(413, "body_too_large", c.getMessage(), null);
            }
            if (c instanceof JsonProcessingException) {
                return of((JsonProcessingException) c);
            }
            if (c instanceof java.io.EOFException) {
                // Jetty's EofException: the client sent less than its Content-Length and closed
                return Errors.of(400, "incomplete_body", "the request body ended before the length it announced", null);
            }
            if (c instanceof java.util.concurrent.TimeoutException || c instanceof java.net.SocketTimeoutException) {
                return Errors.of(408, "request_timeout", "the request body did not arrive in time", null);
            }
        }
        return null;
    }

    static Response of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String field = path(u);
            return Errors.of(400, "unknown_field", "unknown field '" + field + "'; allowed: "
                    + u.getKnownPropertyIds(), field);
        }
        if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            String field = path(f);
            return Errors.of(400, "invalid_field", "field '" + field + "' has value " + f.getValue()
                    + " which is not a valid " + f.getTargetType().getSimpleName(), field);
        }
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = path(m);
            String type = m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            String msg = field.isEmpty() ? "the body must be a JSON " + (type.equals("value") ? "object" : type)
                    : "field '" + field + "' must be a " + type;
            return Errors.of(400, "invalid_field", msg, field.isEmpty() ? null : field);
        }
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            String field = path((JsonMappingException) e);
            return Errors.of(400, "invalid_field", "field '" + field + "': " + e.getOriginalMessage(), field);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return Errors.of(400, "malformed_json", "the body is not valid JSON" + where + ": " + e.getOriginalMessage(), null);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
