package org.qinqing.hall.api;

import org.qinqing.hall.spi.Level;

/**
 * A department registration as the catalogue sees it.
 *
 * @param code department code
 * @param name Chinese name
 * @param level district or municipal
 * @param itemCount number of items it contributes (0 unless active)
 * @param bundle symbolic name of the bundle that registered it
 * @param bundleVersion version of that bundle
 * @param status active, withdrawn or refused
 * @param message why it was refused or withdrawn; empty when active
 */
public record DepartmentInfo(String code, String name, Level level, int itemCount, String bundle,
        String bundleVersion, DepartmentStatus status, String message) {
}
