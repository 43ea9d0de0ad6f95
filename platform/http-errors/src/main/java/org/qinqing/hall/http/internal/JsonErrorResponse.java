package org.qinqing.hall.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps every error answer of an API request JSON: {@code sendError} writes the hall's error body instead of the
 * container's error page, and a body written for an error status in another type (CXF's "No service was found"
 * page) is held back and replaced by the JSON error when the request ends. Success answers pass untouched.
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {
    private int status = SC_OK;
    private boolean finished;

    JsonErrorResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void setStatus(int sc, String sm) {
        status = sc;
        super.setStatus(sc, sm);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("the response is committed");
        }
        status = sc;
        write(sc, msg);
    }

    @Override
    public void reset() {
        super.reset();
        status = SC_OK;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (holding()) {
            return new Discard();
        }
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (holding()) {
            return new PrintWriter(Writer.nullWriter());
        }
        return super.getWriter();
    }

    @Override
    public void setContentLength(int len) {
        if (!holding()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!holding()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding()) {
            super.flushBuffer();
        }
    }

    /**
     * Called when the request has been handled: an error status whose body is not JSON gets the JSON error now.
     */
    void finish() throws IOException {
        if (!finished && !isCommitted() && status >= 400 && !json(getContentType())) {
            write(status, null);
        }
    }

    /** Writes the JSON error for a status now (after a failure the handler did not answer itself). */
    void fail(int sc, String reason) throws IOException {
        fail(sc, reason, null);
    }

    /** Writes the JSON error naming the input it concerns. */
    void fail(int sc, String reason, String field) throws IOException {
        if (!isCommitted()) {
            status = sc;
            write(sc, reason, field);
        }
    }

    boolean answered() {
        return finished || isCommitted();
    }

    private boolean holding() {
        return finished || (status >= 400 && !json(getContentType()));
    }

    private void write(int sc, String reason) throws IOException {
        write(sc, reason, null);
    }

    private void write(int sc, String reason, String field) throws IOException {
        byte[] body = ErrorJson.body(sc, reason, field);
        super.resetBuffer();
        super.setStatus(sc);
        super.setContentType(ErrorJson.CONTENT_TYPE);
        super.setHeader("X-Content-Type-Options", "nosniff");
        super.setContentLength(body.length);
        finished = true;
        try {
            OutputStream out = super.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IllegalStateException writerTaken) {
            // the handler took the writer while the answer still looked like a success
            PrintWriter w = super.getWriter();
            w.write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            w.flush();
        }
    }

    static boolean json(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    /** Swallows a body that would have been the container's page. */
    private static final class Discard extends ServletOutputStream {
        @Override
        public void write(int b) {
            // held back: the JSON error replaces it
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // held back: the JSON error replaces it
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
