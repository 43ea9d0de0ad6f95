package org.qinqing.hall.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** JAX-RS's own refusals (no such path, wrong method, wrong media type) with a JSON body. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response fromBody = JsonErrors.fromCause(e.getCause());
        if (fromBody != null) {
            return fromBody;
        }
        int status = e.getResponse().getStatus();
        String error;
        String message;
        switch (status) {
            case 404 -> {
                error = "not_found";
                message = "no such resource; the API is described at /api/v1/openapi.json";
            }
            case 405 -> {
                error = "method_not_allowed";
                message = "this resource does not accept that HTTP method";
            }
            case 406 -> {
                error = "not_acceptable";
                message = "this resource answers application/json only";
            }
            case 415 -> {
                error = "unsupported_media_type";
                message = "send the body as application/json";
            }
            default -> {
                error = "http_" + status;
                message = e.getMessage() == null ? "request refused" : e.getMessage();
            }
        }
        return Errors.of(status, error, message, null);
    }
}
