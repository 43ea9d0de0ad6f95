package org.qinqing.hall.cluster.internal;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.store.RowFeed.RowKey;

/**
 * The text of a row notice: the sending node on the first line, then one {@code region<TAB>key}
 * line per changed key (tabs and line breaks in a key are escaped).
 */
final class Payloads {

    /** A decoded notice. */
    record Decoded(String node, List<RowKey> keys) {
    }

    private Payloads() {
    }

    static List<String> encode(String node, List<RowKey> keys, int maxChars) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder(escape(node));
        int inThis = 0;
        for (RowKey k : keys) {
            String line = "\n" + escape(k.region()) + "\t" + escape(k.key());
            if (inThis > 0 && b.length() + line.length() > maxChars) {
                out.add(b.toString());
                b = new StringBuilder(escape(node));
                inThis = 0;
            }
            b.append(line);
            inThis++;
        }
        if (inThis > 0) {
            out.add(b.toString());
        }
        return out;
    }

    static Decoded decode(String payload) {
        if (payload == null) {
            return null;
        }
        String[] lines = payload.split("\n", -1);
        List<RowKey> keys = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab > 0) {
                keys.add(new RowKey(unescape(lines[i].substring(0, tab)), unescape(lines[i].substring(tab + 1))));
            }
        }
        return new Decoded(unescape(lines[0]), keys);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
