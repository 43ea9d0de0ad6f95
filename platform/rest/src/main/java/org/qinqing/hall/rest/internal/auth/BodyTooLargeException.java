package org.qinqing.hall.rest.internal.auth;

import java.io.IOException;

/** A request body passed the configured limit while it was being read. */
public class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param limit the limit in bytes */
    public BodyTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
