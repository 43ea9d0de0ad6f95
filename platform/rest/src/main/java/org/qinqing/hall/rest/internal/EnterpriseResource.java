package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.directline.Category;
import org.qinqing.hall.directline.Enterprise;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.directline.ImportReport;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/enterprises}: the registry of key enterprises (重点企业) and small and micro ones, imported by admins. */
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    private final Enterprises enterprises;

    @Context
    private UriInfo uri;

    public EnterpriseResource(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    /** Imports a CSV file ({@code creditCode,name,categories,industry,leader,liaisonDepartment}); bad lines are reported, the rest imported. */
    @POST
    @Path("import")
    @Allow(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @ApiResponse(responseCode = "200", description = "lines read, imported, and each bad line with its reason",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importCsv(String csv, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (csv == null || csv.isBlank()) {
            throw HallException.invalid(null, "send the CSV file as the body (text/csv)");
        }
        return enterprises.importCsv(new StringReader(csv), Actors.staff(security, null, null));
    }

    /** Enterprises, by name, of one category or all. */
    @GET
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<Enterprise> list(@QueryParam("category") String category, @QueryParam("limit") Integer limit) {
        QueryParams.only(uri, "category", "limit");
        Category c = null;
        if (category != null && !category.isBlank()) {
            c = Category.parse(category);
            if (c == null) {
                throw HallException.invalid("category", "unknown category '" + category + "'");
            }
        }
        return enterprises.list(c, limit == null ? 200 : limit);
    }

    /** How many enterprises each category holds. */
    @GET
    @Path("counts")
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public Map<String, Integer> counts() {
        QueryParams.only(uri);
        Map<String, Integer> out = new TreeMap<>();
        enterprises.counts().forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    /** One enterprise. */
    @GET
    @Path("{creditCode}")
    @Allow({Roles.APPROVER, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public Enterprise get(@PathParam("creditCode") String code) {
        QueryParams.only(uri);
        return enterprises.get(code).orElseThrow(() -> HallException.notFound("unknown_enterprise", "no enterprise " + code + " in the registry"));
    }
}
