package org.qinqing.hall.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of backup directories: {@code hall-backup-YYYYMMDD-HHMMSS} in the hall's time zone (Beijing), a
 * suffix {@code -2}, {@code -3} … for a second backup in the same second. Names sort by time, and
 * retention touches nothing else.
 */
final class BackupNames {
    static final String PREFIX = "hall-backup-";
    static final Pattern COMPLETE = Pattern.compile("hall-backup-[0-9]{8}-[0-9]{6}(-[0-9]{1,3})?");
    /** A backup being written; renamed to its final name once complete. */
    static final Pattern PARTIAL = Pattern.compile("\\.hall-backup-[0-9]{8}-[0-9]{6}(-[0-9]{1,3})?\\.partial");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupNames() {
    }

    /** @return a name for a backup begun at {@code at} that is taken neither complete nor partial in {@code directory} */
    static String free(Path directory, Instant at, ZoneId zone) {
        String base = PREFIX + STAMP.format(at.atZone(zone));
        String name = base;
        for (int n = 2; Files.exists(directory.resolve(name)) || Files.exists(directory.resolve(partial(name))); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** @return the name a backup has while it is written */
    static String partial(String name) {
        return "." + name + ".partial";
    }
}
