package org.qinqing.hall.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told when a department becomes active or leaves; platform modules register it as a service. */
@ConsumerType
public interface CatalogueListener {

    /** @param department a department that became active (started or updated) */
    void departmentActive(DepartmentInfo department);

    /** @param department a department that was withdrawn; default does nothing */
    default void departmentWithdrawn(DepartmentInfo department) {
    }
}
