package org.qinqing.hall.rest.internal.auth;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.qinqing.hall.rest.internal.Errors;

/** Refuses bodies over the limit: at once when Content-Length says so, else when reading passes it. */
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
    private final long limit;

    /** @param limit largest accepted body in bytes */
    public BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
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
