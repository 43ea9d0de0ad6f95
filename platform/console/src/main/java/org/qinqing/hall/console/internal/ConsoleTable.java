package org.qinqing.hall.console.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * A console table like Karaf's {@code ConsoleTable}, measured in terminal columns rather than
 * characters: a Chinese character takes two columns (JLine's {@link WCWidth}), so columns of
 * department and item names line up. Cells longer than a column's maximum are cut with "…", or
 * wrapped onto further lines for a wrapping column.
 */
final class ConsoleTable {
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** A column: its header, its maximum width in terminal columns, its alignment. */
    static final class Column {
        private final String header;
        private int maxSize = Integer.MAX_VALUE;
        private boolean right;
        private boolean wrap;

        private Column(String header) {
            this.header = header;
        }

        Column maxSize(int columns) {
            this.maxSize = columns;
            return this;
        }

        Column alignRight() {
            this.right = true;
            return this;
        }

        Column wrap() {
            this.wrap = true;
            return this;
        }
    }

    /** A row of cells, in column order. */
    static final class Row {
        private final List<String> cells = new ArrayList<>();

        Row addContent(Object... values) {
            for (Object v : values) {
                cells.add(v == null ? "" : v.toString());
            }
            return this;
        }
    }

    Column column(String header) {
        Column c = new Column(header);
        columns.add(c);
        return c;
    }

    Row addRow() {
        Row r = new Row();
        rows.add(r);
        return r;
    }

    void print(PrintStream out) {
        int n = columns.size();
        int[] width = new int[n];
        List<List<List<String>>> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            width[i] = Math.min(width(columns.get(i).header), columns.get(i).maxSize);
        }
        for (Row r : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Column c = columns.get(i);
                String v = i < r.cells.size() ? r.cells.get(i).replace('\n', ' ') : "";
                List<String> parts = c.wrap ? wrap(v, c.maxSize) : List.of(cut(v, c.maxSize));
                for (String p : parts) {
                    width[i] = Math.max(width[i], width(p));
                }
                cells.add(parts);
            }
            lines.add(cells);
        }
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            append(head, cut(columns.get(i).header, width[i]), width[i], false, i, n);
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(head.toString().stripTrailing());
        out.println(rule);
        for (List<List<String>> cells : lines) {
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    List<String> parts = cells.get(i);
                    append(line, l < parts.size() ? parts.get(l) : "", width[i], columns.get(i).right, i, n);
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    private static void append(StringBuilder line, String cell, int width, boolean right, int i, int n) {
        if (i > 0) {
            line.append(" | ");
        }
        String pad = " ".repeat(Math.max(0, width - width(cell)));
        if (right) {
            line.append(pad).append(cell);
        } else {
            line.append(cell);
            if (i < n - 1) {
                line.append(pad);
            }
        }
    }

    /** @return the terminal columns the text takes */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** @return the text cut to at most {@code max} columns, ending in "…" when cut */
    static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** @return the text in lines of at most {@code max} columns */
    static List<String> wrap(String s, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > max && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        out.add(line.toString());
        return out;
    }
}
