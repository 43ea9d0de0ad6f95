package org.qinqing.hall.backup.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hall's own files beside the database: everything under {@code data/hall/} (initial passwords,
 * keys, outbox …) and, from {@code etc/}, the accounts ({@code users.properties}) and the hall's
 * settings ({@code org.qinqing.hall.*.cfg}). Copied with their permissions: the password file stays
 * owner-only.
 *
 * @param data Karaf's data directory ({@code karaf.data})
 * @param etc Karaf's configuration directory ({@code karaf.etc})
 */
record HallFiles(Path data, Path etc) {

    /** @return the running Karaf's directories */
    static HallFiles ofKaraf() {
        String home = System.getProperty("karaf.home", ".");
        return new HallFiles(Path.of(System.getProperty("karaf.data", home + "/data")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("karaf.etc", home + "/etc")).toAbsolutePath().normalize());
    }

    /** Copies the files into {@code target/data/hall} and {@code target/etc}. */
    void copyInto(Path target) throws IOException {
        Path hall = data.resolve("hall");
        Path toHall = target.resolve("data/hall");
        Files.createDirectories(toHall);
        if (Files.isDirectory(hall)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(hall)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                copy(f, toHall.resolve(hall.relativize(f).toString()));
            }
        }
        Path toEtc = target.resolve("etc");
        Files.createDirectories(toEtc);
        if (Files.isRegularFile(etc.resolve("users.properties"))) {
            copy(etc.resolve("users.properties"), toEtc.resolve("users.properties"));
        }
        try (DirectoryStream<Path> cfgs = Files.newDirectoryStream(etc, "org.qinqing.hall.*.cfg")) {
            for (Path cfg : cfgs) {
                copy(cfg, toEtc.resolve(cfg.getFileName().toString()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    }
}
