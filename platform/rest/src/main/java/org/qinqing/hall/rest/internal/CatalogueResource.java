package org.qinqing.hall.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueReport;
import org.qinqing.hall.rest.internal.auth.Public;

/**
 * {@code /api/v1/catalogue/report}: the 5×100% figures computed from the installed departments.
 * Contract: {@code total} and {@code departments} (each with {@code code}, {@code level}), each
 * with {@code items}, {@code oneWindow}, {@code online}, {@code fullyOnline}, {@code zeroVisit},
 * {@code wechat}, {@code halvedLimit}; and {@code promises}.
 */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final Catalogue catalogue;

    @Context
    private UriInfo uri;

    public CatalogueResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return the report (public, like the catalogue it sums up) */
    @GET
    @Path("report")
    @Public
    public CatalogueReport report() {
        QueryParams.only(uri);
        return catalogue.report();
    }
}
