package org.qinqing.hall.rest.internal;

import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;

/** Strict query strings: an unknown parameter is a 400 naming it, like an unknown JSON field. */
public final class QueryParams {

    private QueryParams() {
    }

    /** @param uri the request @param allowed the parameters the endpoint reads */
    public static void only(UriInfo uri, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw HallException.invalid(name, "unknown query parameter '" + name + "'; allowed: "
                        + (known.isEmpty() ? "none" : new TreeSet<>(known)));
            }
        }
    }
}
