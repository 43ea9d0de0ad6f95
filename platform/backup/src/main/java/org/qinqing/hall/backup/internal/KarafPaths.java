package org.qinqing.hall.backup.internal;

import java.nio.file.Path;

/** Paths in the configuration: relative ones are relative to Karaf's home, not to the JVM's working directory. */
final class KarafPaths {

    private KarafPaths() {
    }

    static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p.normalize() : Path.of(System.getProperty("karaf.home", ".")).resolve(p).toAbsolutePath().normalize();
    }
}
