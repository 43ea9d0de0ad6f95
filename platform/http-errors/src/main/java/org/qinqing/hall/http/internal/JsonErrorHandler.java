package org.qinqing.hall.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler: a request Jetty cannot even parse (bad URI encoding, oversize headers, a broken
 * request line) gets the JSON error instead of Jetty's HTML — no request path is known yet, so for every path; an
 * error outside any web context gets it for API paths.
 */
public class JsonErrorHandler extends ErrorHandler {

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return super.badMessageError(status, reason, fields);
        }
        fields.put(HttpHeader.CONTENT_TYPE, ErrorJson.CONTENT_TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(ErrorJson.body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request base, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        String raw = base.getHttpURI() == null ? null : base.getHttpURI().getPath();
        if (!ApiPaths.isApi(raw, base.getPathInfo())) {
            super.generateAcceptableResponse(base, request, response, code, message);
            return;
        }
        byte[] body = ErrorJson.body(code, message);
        base.getResponse().resetContent();
        response.setContentType(ErrorJson.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
