package org.qinqing.hall.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * This node's name among the nodes sharing a database: the system property {@code hall.node} when
 * set, else host name and install folder ({@code web-1:hall-a}), so two installs on one machine differ
 * without configuration.
 */
public final class NodeName {

    private NodeName() {
    }

    /** @return this JVM's node name (at most 120 characters) */
    public static String local() {
        String configured = System.getProperty("hall.node");
        if (configured != null && !configured.isBlank()) {
            return cut(configured.strip());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String base = System.getProperty("karaf.base");
        Path folder = base == null ? null : Path.of(base).toAbsolutePath().normalize().getFileName();
        return cut(folder == null ? host : host + ":" + folder);
    }

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120);
    }
}
