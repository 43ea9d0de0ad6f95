package org.qinqing.hall.directline.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting: a field in double quotes may hold commas and doubled quotes). */
final class Csv {

    private Csv() {
    }

    /** @return the fields, or {@code null} when a quote is not closed */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank()) {
                f.setLength(0);
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString().trim());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(f.toString().trim());
        return out;
    }
}
