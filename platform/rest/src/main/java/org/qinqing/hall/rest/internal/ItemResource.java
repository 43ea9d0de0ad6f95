package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.rest.internal.views.CompositeJson;
import org.qinqing.hall.rest.internal.views.ItemDetail;
import org.qinqing.hall.rest.internal.views.ItemView;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.PartyType;

/** {@code /api/v1/items}: the catalogue, searchable and filterable (public). */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {
    private final Catalogue catalogue;
    private final Composites composites;
    private final ItemAnswers answers;

    @Context
    private UriInfo uri;

    /** @param catalogue the catalogue @param composites the composite items */
    public ItemResource(Catalogue catalogue, Composites composites) {
        this.catalogue = catalogue;
        this.composites = composites;
        this.answers = new ItemAnswers(catalogue, composites);
    }

    /**
     * @param department department code
     * @param q words matched against name, pinyin, initials and keywords
     * @param party person, enterprise or both
     * @param flag a flag key such as {@code oneWindow}
     * @return matching items (a JSON array of {@link ItemView}); for words alone, the matching active
     *         composites ("一件事") first: one application instead of several
     */
    @GET
    @Public
    @ApiResponse(responseCode = "200", description = "the catalogue", content = @Content(mediaType = "application/json", array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(implementation = ItemView.class))))
    public Response list(@QueryParam("department") String department, @QueryParam("q") String q,
            @QueryParam("party") String party, @QueryParam("flag") String flag) {
        QueryParams.only(uri, "department", "q", "party", "flag");
        // checked in this order, as the answer's errors have always been
        String d = department(department);
        PartyType p = party(party);
        Flag f = flag(flag);
        // serialized once per query and catalogue state: see ItemAnswers
        return Response.ok(answers.json(d, q, p, f), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * @param code item code, or a composite's code
     * @return the item with materials and form; a composite with {@code composite: true} and its steps
     */
    @GET
    @Path("{code}")
    @Public
    @ApiResponse(responseCode = "200", description = "the item; a composite item with its steps", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {ItemDetail.class, CompositeJson.Detail.class})))
    public Object get(@PathParam("code") String code) {
        QueryParams.only(uri);
        java.util.Optional<CompositeInfo> composite = composites.composite(code);
        if (composite.isPresent()) {
            return CompositeJson.Detail.of(composite.get());
        }
        try {
            return ItemDetail.of(catalogue.require(code));
        } catch (HallException e) {
            if (e.kind() == HallException.Kind.UNAVAILABLE) {
                // withdrawn from the catalogue while its department is stopped: not in the catalogue now
                throw HallException.notFound("item_withdrawn", e.getMessage());
            }
            throw e;
        }
    }

    private String department(String code) {
        if (code == null) {
            return null;
        }
        boolean known = catalogue.departments().stream()
                .anyMatch(d -> d.code().equals(code) && d.status() != DepartmentStatus.REFUSED);
        if (!known) {
            throw HallException.invalid("department", "unknown department '" + code + "'; see GET /api/v1/departments");
        }
        return code;
    }

    private static PartyType party(String value) {
        if (value == null) {
            return null;
        }
        try {
            return PartyType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HallException.invalid("party", "party must be person, enterprise or both, not '" + value + "'");
        }
    }

    private static Flag flag(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Flag.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw HallException.invalid("flag", e.getMessage());
        }
    }
}
