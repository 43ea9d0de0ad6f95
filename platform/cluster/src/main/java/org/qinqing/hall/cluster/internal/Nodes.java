package org.qinqing.hall.cluster.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The nodes recorded in {@code hall_node}, and how their bundles differ. */
final class Nodes {
    /** A node silent longer than this (three missed heartbeats) is shown as gone. */
    static final Duration SILENT = Duration.ofSeconds(3L * Heartbeat.PERIOD_SECONDS);

    /** One row: its name, start, last heartbeat, the database's time of the reading, bundles. */
    record Node(String name, Instant started, Instant seen, Instant now, Map<String, String> bundles) {
        boolean alive() {
            return Duration.between(seen, now).compareTo(SILENT) <= 0;
        }
    }

    private Nodes() {
    }

    static String encode(Map<String, String> bundles) {
        StringBuilder b = new StringBuilder();
        bundles.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    /**
     * @param nodes the nodes alive
     * @return one line per bundle whose version differs between them, or that some lack
     */
    static List<String> differences(List<Node> nodes) {
        Set<String> names = new TreeSet<>();
        nodes.forEach(n -> names.addAll(n.bundles().keySet()));
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Set<String> versions = new TreeSet<>();
            StringBuilder where = new StringBuilder();
            for (Node n : nodes) {
                String v = n.bundles().getOrDefault(name, "(none)");
                versions.add(v);
                where.append(where.length() == 0 ? "" : ", ").append(n.name()).append(' ').append(v);
            }
            if (versions.size() > 1) {
                out.add(name + ": " + where);
            }
        }
        return out;
    }
}
