package org.qinqing.hall.catalogue.internal;

import org.qinqing.hall.api.DepartmentInfo;

/** Where the catalogue announces departments coming and going. */
public interface CatalogueEvents {

    /** @param department became active */
    void active(DepartmentInfo department);

    /** @param department was withdrawn */
    void withdrawn(DepartmentInfo department);
}
