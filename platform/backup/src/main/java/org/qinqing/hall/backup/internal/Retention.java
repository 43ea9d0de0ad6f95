package org.qinqing.hall.backup.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the newest {@code keep} backups in a directory and deletes older ones. Only the hall's own
 * backup directories are touched: a name {@code hall-backup-YYYYMMDD-HHMMSS[-N]} with a
 * {@code manifest.json} inside (a complete backup), and leftovers {@code .hall-backup-….partial} of
 * a backup that died while it was written. Anything else an operator keeps there stays.
 */
final class Retention {
    /** By time, then by the same-second suffix as a number ({@code -10} after {@code -9}). */
    static final Comparator<String> OLDEST_FIRST = Comparator.comparing((String n) -> n.substring(0, BackupNames.PREFIX.length() + 15))
            .thenComparingInt(n -> n.length() > BackupNames.PREFIX.length() + 15 ? Integer.parseInt(n.substring(BackupNames.PREFIX.length() + 16)) : 1);

    private Retention() {
    }

    /**
     * @param directory the backup directory
     * @param keep how many complete backups to keep (at least 1)
     * @return the names deleted, oldest first
     */
    static List<String> apply(Path directory, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        List<String> complete = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (BackupNames.COMPLETE.matcher(name).matches() && Files.isRegularFile(p.resolve(Manifest.FILE))) {
                    complete.add(name);
                } else if (BackupNames.PARTIAL.matcher(name).matches()) {
                    // called only while no backup is being written (under the service's lock)
                    delete(p);
                    deleted.add(name);
                }
            }
        }
        complete.sort(OLDEST_FIRST);
        for (String name : complete.subList(0, Math.max(0, complete.size() - keep))) {
            delete(directory.resolve(name));
            deleted.add(name);
        }
        return deleted;
    }

    /** Deletes a tree without following links out of it. */
    static void delete(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
