package org.qinqing.hall.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ItemQuery;
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

    @Context
    private UriInfo uri;

    /** @param catalogue the catalogue @param composites the composite items */
    public ItemResource(Catalogue catalogue, Composites composites) {
        this.catalogue = catalogue;
        this.composites = composites;
    }

    /**
     * @param department department code
     * @param q words matched against name, pinyin, initials and keywords
     * @param party person, enterprise or both
     * @param flag a flag key such as {@code oneWindow}
     * @return matching items
     */
    @GET
    @Public
    public List<ItemView> list(@QueryParam("department") String department, @QueryParam("q") String q,
            @QueryParam("party") String party, @QueryParam("flag") String flag) {
        QueryParams.only(uri, "department", "q", "party", "flag");
        ItemQuery query = new ItemQuery(department(department), q, party(party), flag(flag));
        List<ItemView> items = catalogue.items(query).stream().map(ItemView::of).toList();
        if (q == null || q.isBlank() || department != null || flag != null) {
            return items;
        }
        // a composite ("一件事") that matches the words comes first: one application instead of several
        List<ItemView> out = new java.util.ArrayList<>();
        PartyType p = party(party);
        for (CompositeInfo c : composites.composites()) {
            if (c.active() && (p == null || c.party() == p || c.party() == PartyType.BOTH) && matches(c, q.trim())) {
                out.add(ItemView.of(c));
            }
        }
        out.addAll(items);
        return out;
    }

    private static boolean matches(CompositeInfo c, String q) {
        return c.code().contains(q) || c.name().contains(q) || c.description().contains(q)
                || c.steps().stream().anyMatch(s -> s.itemName() != null && s.itemName().contains(q));
    }

    /**
     * @param code item code, or a composite's code
     * @return the item with materials and form; a composite with {@code composite: true} and its steps
     */
    @GET
    @Path("{code}")
    @Public
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
