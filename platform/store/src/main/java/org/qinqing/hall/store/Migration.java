package org.qinqing.hall.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One versioned schema change of a module: a file {@code db/<module>/V<version>__<description>.sql}
 * holding statements separated by {@code ;} at the end of a line.
 *
 * @param version the version, applied in ascending order, once
 * @param description what it does
 * @param sql the statements
 */
public record Migration(int version, String description, String sql) {

    /** @return the statements, without the separating semicolons and without comment lines */
    public List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
