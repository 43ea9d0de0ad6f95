package org.qinqing.hall.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.views.DepartmentView;

/** {@code /api/v1/departments}: the departments in the hall (public). */
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {
    private final Catalogue catalogue;

    @Context
    private UriInfo uri;

    /** @param catalogue the catalogue */
    public DepartmentResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return every registration: active, withdrawn, refused */
    @GET
    @Public
    public List<DepartmentView> list() {
        QueryParams.only(uri);
        return catalogue.departments().stream().map(DepartmentView::of).toList();
    }
}
