package org.qinqing.hall.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Builds error responses with an {@link ErrorBody}. */
public final class Errors {

    private Errors() {
    }

    /** @return a JSON error response */
    public static Response of(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(error, message, field)).build();
    }
}
