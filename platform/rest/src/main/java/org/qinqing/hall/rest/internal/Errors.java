package org.qinqing.hall.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.qinqing.hall.api.identity.Masking;

/** Builds error responses with an {@link ErrorBody}. */
public final class Errors {

    private Errors() {
    }

    /**
     * @return a JSON error response; a resident ID number the message or field repeats from the request is masked
     *         (the fuzzer found "no case 11010519491231002X" and the like, echoing the number in full)
     */
    public static Response of(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(error, Masking.text(message), Masking.text(field))).build();
    }
}
