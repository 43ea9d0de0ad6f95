package org.qinqing.hall.spi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;

/**
 * The hall's promises (5×100%) that every department's items keep, for a department's own unit
 * test: at most one visit per item (最多跑一次), every item open to enterprises fully online, a
 * promised limit either at most half the legal limit or stated against a legal limit, and every
 * item flagged for instant approval (秒批) approving the application its test gives it.
 *
 * <pre>
 * HallPromises.assertKept(new Department(), item -&gt; TestApplication.of(item).applicant(MAN).allMaterials().build());
 * </pre>
 *
 * The platform's catalogue report counts the same figures over all installed departments.
 *
 * @since 1.1
 */
public final class HallPromises {
    private HallPromises() {
    }

    /**
     * @param department the department
     * @param application a complete, valid application for an item: used for its instant-approval items
     * @return what breaks a promise, one line each; empty when all are kept
     */
    public static List<String> broken(DepartmentPlugin department, Function<Item, Application> application) {
        List<String> out = new ArrayList<>();
        for (Item i : department.items()) {
            if (i.maxVisits() > 1) {
                out.add(i.code() + ": max visits " + i.maxVisits() + " (at most one)");
            }
            if (i.party() != PartyType.PERSON && !i.has(Flag.FULLY_ONLINE)) {
                out.add(i.code() + ": open to enterprises but not fully online");
            }
            if (!i.halvedLimit() && i.promisedLimit() * 2 <= i.legalLimit()) {
                out.add(i.code() + ": promised limit " + i.promisedLimit() + " against no legal limit");
            }
            if (i.has(Flag.INSTANT_APPROVAL) && !department.handler(i.code()).approvesInstantly(application.apply(i))) {
                out.add(i.code() + ": flagged for instant approval but its handler does not approve the test application instantly");
            }
        }
        return out;
    }

    /**
     * @param department the department
     * @param application a complete, valid application for an item
     * @throws AssertionError naming every broken promise
     */
    public static void assertKept(DepartmentPlugin department, Function<Item, Application> application) {
        List<String> broken = broken(department, application);
        if (!broken.isEmpty()) {
            throw new AssertionError("department " + department.code() + " breaks the hall's promises:\n  " + String.join("\n  ", broken));
        }
    }
}
