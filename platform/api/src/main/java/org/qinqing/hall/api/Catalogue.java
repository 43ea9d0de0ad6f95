package org.qinqing.hall.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.spi.ApprovalHandler;

/**
 * The hall's catalogue of departments and items, following department bundles as they come
 * and go. Reads are lock-free snapshots.
 */
@ProviderType
public interface Catalogue {

    /** @return every department registration seen since start, active ones first, by code */
    List<DepartmentInfo> departments();

    /** @param code department code @return its registration, if seen */
    Optional<DepartmentInfo> department(String code);

    /** @param query criteria @return matching active items, best matches first */
    List<CatalogueItem> items(ItemQuery query);

    /** @param code item code @return the active item, if any */
    Optional<CatalogueItem> item(String code);

    /**
     * @param code item code
     * @return the active item
     * @throws HallException 404 for a code no department offers, 503 when its department
     *         is withdrawn
     */
    CatalogueItem require(String code);

    /**
     * @param departmentCode department of a case
     * @param itemCode item of the case
     * @return the current handler for the item
     * @throws HallException 503 naming the department when it is not active
     */
    ApprovalHandler handler(String departmentCode, String itemCode);

    /** @return the 5×100% figures computed from the active items now */
    CatalogueReport report();
}
