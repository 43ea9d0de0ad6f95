package org.qinqing.hall.directline;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/** The enterprise registry. */
@ProviderType
public interface Enterprises {

    /**
     * Imports enterprises from CSV (admin): {@code creditCode,name,categories,industry,leader,liaisonDepartment},
     * categories separated by {@code ;} or {@code |} (codes or Chinese names), a header line allowed. A line is
     * imported whole or not at all; a bad line is reported with its reason and the rest imported. An
     * enterprise already registered is replaced by the line.
     *
     * @param csv the file
     * @param actor an admin
     * @return the report
     */
    ImportReport importCsv(Reader csv, Actor actor);

    /** @param creditCode a credit code @return the enterprise, if registered */
    Optional<Enterprise> get(String creditCode);

    /**
     * @param category a category or {@code null} for all
     * @param limit at most this many
     * @return enterprises by name
     */
    List<Enterprise> list(Category category, int limit);

    /** @return the number of enterprises per category */
    Map<Category, Integer> counts();
}
