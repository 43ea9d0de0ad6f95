package org.qinqing.hall.rest.internal;

import org.qinqing.hall.backup.BackupInfo;

/** A backup as the API shows it (times as ISO-8601 instants, the audit head as in {@code manifest.json}). */
record BackupJson(String path, String name, String hallVersion, String startedAt, String finishedAt, long millis, String databaseKind,
        long cases, String lastCaseNumber, AuditHead auditHead, int files, long bytes) {

    /** The audit trail's last record when the backup began. */
    record AuditHead(long seq, String hash) {
    }

    static BackupJson of(BackupInfo b) {
        return new BackupJson(b.path().toString(), b.path().getFileName().toString(), b.hallVersion(), b.startedAt().toString(),
                b.finishedAt().toString(), b.millis(), b.databaseKind(), b.cases(), b.lastCaseNumber(),
                new AuditHead(b.auditHeadSeq(), b.auditHeadHash()), b.files(), b.bytes());
    }
}
