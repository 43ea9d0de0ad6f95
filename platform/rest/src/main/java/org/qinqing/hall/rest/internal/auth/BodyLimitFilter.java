package org.qinqing.hall.rest.internal.auth;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.qinqing.hall.rest.internal.Errors;

/**
 * Refuses bodies over the limit — JSON bodies have one limit, uploaded files (vault) a larger one —
 * at once when Content-Length says so, else when reading passes it.
 */
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
    private final long jsonLimit;
    private final long uploadLimit;

    /** @param jsonLimit largest JSON body @param uploadLimit largest other body (files) */
    public BodyLimitFilter(long jsonLimit, long uploadLimit) {
        this.jsonLimit = jsonLimit;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        javax.ws.rs.core.MediaType type = ctx.getMediaType();
        boolean json = type == null || type.getSubtype().contains("json");
        long limit = json ? jsonLimit : uploadLimit;
        if (ctx.getLength() > limit) {
            ctx.abortWith(Errors.of(413, "body_too_large", "the request body has " + ctx.getLength()
                    + " bytes; the limit is " + limit, null));
            return;
        }
        ctx.setEntityStream(new Limited(ctx.getEntityStream(), limit));
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
