package org.qinqing.hall.rest.internal.views;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;

/**
 * An item in a list ({@code GET /api/v1/items}): enough to recompute the catalogue report.
 *
 * @param code item code
 * @param name Chinese name
 * @param type legal category (enum name)
 * @param typeLabel legal category in Chinese
 * @param party PERSON, ENTERPRISE or BOTH
 * @param department department code
 * @param departmentName department name
 * @param level department level
 * @param legalLimitDays legal limit
 * @param promisedLimitDays promised limit
 * @param limitUnit WORKING_DAYS or NATURAL_DAYS
 * @param flags flag keys
 * @param maxVisits most in-person visits
 * @param version version of the department bundle
 * @param composite whether it is a composite (parallel approval) item
 */
public record ItemView(String code, String name, String type, String typeLabel, String party, String department,
        String departmentName, String level, int legalLimitDays, int promisedLimitDays, String limitUnit,
        List<String> flags, int maxVisits, String version, boolean composite) {

    /** @param c a composite item @return its view: department {@code composite}, limits along the critical path */
    public static ItemView of(org.qinqing.hall.api.CompositeInfo c) {
        return new ItemView(c.code(), c.name(), "COMPOSITE", "一件事（并联审批）", c.party().name(), "composite",
                String.join("、", c.steps().stream().map(s -> s.departmentName() == null ? s.department() : s.departmentName())
                        .distinct().toList()), null, c.legalDays(), c.promisedDays(), "WORKING_DAYS", List.of("oneWindow"), c.visits(),
                c.version(), true);
    }

    /** @param ci a catalogue item @return its view */
    public static ItemView of(CatalogueItem ci) {
        Item i = ci.item();
        return new ItemView(i.code(), i.name(), i.type().name(), i.type().label(), i.party().name(), ci.department(),
                ci.departmentName(), ci.level().name(), i.legalLimit(), i.promisedLimit(), i.limitUnit().name(),
                flags(i), i.maxVisits(), ci.version(), false);
    }

    static List<String> flags(Item i) {
        List<String> out = new ArrayList<>();
        for (Flag f : i.flags()) {
            out.add(f.key());
        }
        return out;
    }
}
