package org.qinqing.hall.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.qinqing.hall.api.HallException;

/** A refusal from the core becomes its status with {@code {"error","message","field"}}. */
public class HallExceptionMapper implements ExceptionMapper<HallException> {

    @Override
    public Response toResponse(HallException e) {
        return Errors.of(e.kind().status(), e.error(), e.getMessage(), e.field());
    }
}
