package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Malformed JSON, unknown fields and wrong types: 400 naming the field. */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return JsonErrors.of(e);
    }
}
