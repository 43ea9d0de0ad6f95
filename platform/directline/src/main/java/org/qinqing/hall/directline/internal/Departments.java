package org.qinqing.hall.directline.internal;

import java.util.function.Predicate;
import org.qinqing.hall.api.Catalogue;

/** Whether a department code is one of the hall's departments (the catalogue's). */
public final class Departments implements Predicate<String> {
    private final Catalogue catalogue;

    public Departments(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean test(String code) {
        return code != null && catalogue.department(code).isPresent();
    }
}
