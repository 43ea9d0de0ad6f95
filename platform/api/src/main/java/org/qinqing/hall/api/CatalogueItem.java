package org.qinqing.hall.api;

import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * An item in the catalogue with the department that offers it.
 *
 * @param item the item as its department describes it
 * @param department department code
 * @param departmentName department name
 * @param level department level
 * @param version version of the department bundle it came from (cases record it)
 */
public record CatalogueItem(Item item, String department, String departmentName, Level level, String version) {

    /** @return the item code */
    public String code() {
        return item.code();
    }
}
