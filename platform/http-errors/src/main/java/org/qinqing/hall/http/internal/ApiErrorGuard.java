package org.qinqing.hall.http.internal;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.eclipse.jetty.util.log.Log;
import org.eclipse.jetty.util.log.Logger;

/**
 * The outermost Jetty handler (put there by this fragment's {@code jetty.xml}): for requests under {@code /api} it
 * refuses dot segments, encoded separators and methods the API does not have, and makes every error the servlets
 * answer — CXF's, pax-web's default servlet's, a failure no one caught — the hall's JSON error. Other paths pass
 * untouched.
 */
public class ApiErrorGuard extends HandlerWrapper {
    private static final Logger LOG = Log.getLogger(ApiErrorGuard.class);

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String raw = base.getHttpURI() == null ? request.getRequestURI() : base.getHttpURI().getPath();
        if (!ApiPaths.isApi(raw, target)) {
            super.handle(target, base, request, response);
            return;
        }
        JsonErrorResponse json = new JsonErrorResponse(response);
        String refused = ApiPaths.refusal(raw);
        if (refused != null) {
            base.setHandled(true);
            json.fail(400, refused);
            return;
        }
        String broken = ApiPaths.brokenQueryParameter(base.getHttpURI() == null ? null : base.getHttpURI().getQuery());
        if (broken != null) {
            base.setHandled(true);
            json.fail(400, "query parameter '" + broken + "' is not valid percent-encoding ('%' must be followed by"
                    + " two hex digits)", broken.isEmpty() ? null : broken);
            return;
        }
        if (!ApiPaths.METHODS.contains(request.getMethod())) {
            base.setHandled(true);
            json.fail(405, null);
            return;
        }
        try {
            super.handle(target, base, request, json);
            if (!base.isHandled()) {
                base.setHandled(true);
                json.fail(404, null);
            }
        } catch (BadMessageException e) {
            base.setHandled(true);
            json.fail(e.getCode(), e.getReason());
        } catch (IOException | ServletException | RuntimeException e) {
            if (json.answered()) {
                throw e;
            }
            // the REST bundle logs its own failures with an incident id; this is what escaped every servlet
            LOG.warn("API request {} {} failed outside the REST resources", request.getMethod(), raw, e);
            base.setHandled(true);
            json.fail(500, null);
            return;
        }
        if (!request.isAsyncStarted()) {
            json.finish();
        }
    }
}
