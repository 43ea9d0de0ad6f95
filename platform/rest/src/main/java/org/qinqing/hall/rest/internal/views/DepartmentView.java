package org.qinqing.hall.rest.internal.views;

import org.qinqing.hall.api.DepartmentInfo;

/**
 * A department as {@code GET /api/v1/departments} shows it.
 *
 * @param code department code
 * @param name Chinese name
 * @param level DISTRICT or MUNICIPAL ({@code null} for a refused registration)
 * @param itemCount active items
 * @param bundle bundle symbolic name
 * @param bundleVersion bundle version
 * @param status ACTIVE, WITHDRAWN or REFUSED
 * @param message why refused or withdrawn
 */
public record DepartmentView(String code, String name, String level, int itemCount, String bundle,
        String bundleVersion, String status, String message) {

    /** @param d a registration @return its view */
    public static DepartmentView of(DepartmentInfo d) {
        return new DepartmentView(d.code(), d.name(), d.level() == null ? null : d.level().name(), d.itemCount(),
                d.bundle(), d.bundleVersion(), d.status().name(), d.message().isEmpty() ? null : d.message());
    }
}
