package org.qinqing.hall.backup;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/**
 * Takes backups of the running hall. A backup is a new directory {@code hall-backup-YYYYMMDD-HHMMSS}
 * holding {@code database/} (the database as of the backup, ready to be copied back),
 * {@code data/hall/} (initial passwords, keys, outbox …), {@code etc/} ({@code users.properties}
 * and the hall's {@code org.qinqing.hall.*.cfg}), {@code manifest.json} and {@code SHA256SUMS}.
 * It appears under its final name only once complete.
 */
@ProviderType
public interface Backups {

    /**
     * Takes a backup while the hall keeps working: every change committed before the call is in it.
     *
     * @param directory where to put the new backup directory (relative: to Karaf's home); {@code null} for the configured one
     * @param actor who asks; must hold the role {@code admin} (the schedule acts as the system)
     * @return what was written
     * @throws org.qinqing.hall.api.HallException 403 without the role, 409 while another backup runs,
     *         400 (field {@code directory}) for a directory that cannot be created or written, 503 when the database cannot be backed up
     */
    BackupInfo backup(Path directory, Actor actor);

    /** @return the configured backup directory (absolute) */
    Path directory();
}
