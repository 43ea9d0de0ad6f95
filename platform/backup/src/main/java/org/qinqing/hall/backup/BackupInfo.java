package org.qinqing.hall.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup as written (and as its {@code manifest.json} describes it).
 *
 * @param path the backup's directory
 * @param hallVersion the version of the hall that wrote it
 * @param startedAt when it began: every change committed before this instant is in it
 * @param finishedAt when it was complete
 * @param databaseKind the database product, e.g. {@code Apache Derby}
 * @param cases cases in the database when the backup began (at least as many are in it)
 * @param lastCaseNumber the highest case number when the backup began, or {@code null} for none
 * @param auditHeadSeq the audit trail's last record when the backup began
 * @param auditHeadHash that record's hash
 * @param files files in the backup (the manifest and checksum list not counted)
 * @param bytes their total size
 */
public record BackupInfo(Path path, String hallVersion, Instant startedAt, Instant finishedAt, String databaseKind,
        long cases, String lastCaseNumber, long auditHeadSeq, String auditHeadHash, int files, long bytes) {

    /** @return how long the backup took, in milliseconds */
    public long millis() {
        return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}
