package org.qinqing.hall.rest.internal;

import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else: logged with an incident id; the client gets the id, never a stack trace. */
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(RuntimeException e) {
        Response fromBody = JsonErrors.fromCause(e);
        if (fromBody != null) {
            return fromBody;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {}: unexpected failure", incident, e);
        return Errors.of(500, "internal_error", "the hall could not complete the request; incident " + incident
                + " is logged for the administrators", null);
    }
}
