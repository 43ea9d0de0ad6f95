package org.qinqing.hall.backup.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.backup.BackupInfo;
import org.qinqing.hall.backup.Backups;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes backups: the database through a connection of the store, then the hall's files, then the
 * manifest; written under a hidden {@code .partial} name and renamed once complete, so a backup
 * that failed never passes for one. One backup at a time.
 */
public class BackupService implements Backups {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final HallFiles files;
    private final String hallVersion;
    private final Path configured;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    /**
     * @param database the store (its read connections come from the hall's DataSource)
     * @param files the hall's files to include
     * @param hallVersion the version written to the manifest
     * @param configured the configured backup directory
     * @param clock real time (not the hall clock, which tests move) in the hall's zone: names and times of backups
     */
    public BackupService(Database database, HallFiles files, String hallVersion, Path configured, Clock clock) {
        this.database = database;
        this.files = files;
        this.hallVersion = hallVersion;
        this.configured = configured.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** For Blueprint: the running Karaf's files, the system clock, the bundle's version as the hall's. */
    public static BackupService forKaraf(Database database, Bundle bundle, String directory) {
        return new BackupService(database, HallFiles.ofKaraf(), bundle.getVersion().toString(), KarafPaths.resolve(directory),
                Clock.system(HallClock.ZONE));
    }

    @Override
    public Path directory() {
        return configured;
    }

    @Override
    public BackupInfo backup(Path directory, Actor actor) {
        if (actor.kind() != Actor.Kind.SYSTEM && !actor.has(Roles.ADMIN)) {
            throw HallException.forbidden("taking a backup needs the role admin");
        }
        Path dir = directory == null ? configured : KarafPaths.resolve(directory.toString());
        if (!running.tryLock()) {
            throw HallException.conflict("backup_running", "a backup is being taken; try again when it is done");
        }
        try {
            return take(dir, actor);
        } finally {
            running.unlock();
        }
    }

    /** Applies retention in the configured directory, under the same lock as a backup. */
    List<String> retain(int keep) throws IOException {
        running.lock();
        try {
            return Retention.apply(configured, keep);
        } finally {
            running.unlock();
        }
    }

    private BackupInfo take(Path dir, Actor actor) {
        if (dir.startsWith(files.data().resolve("hall").normalize()) || dir.startsWith(files.data().resolve("derby").normalize())) {
            // a backup there would copy itself into itself
            throw HallException.invalid("directory", "a backup cannot go inside what it backs up (" + dir + "); choose a directory outside "
                    + files.data().resolve("hall") + " and the database");
        }
        prepare(dir);
        Instant started = clock.instant();
        String name = BackupNames.free(dir, started, clock.getZone());
        Path partial = dir.resolve(BackupNames.partial(name));
        Path target = dir.resolve(name);
        database.write(tx -> {
            tx.audit(new AuditRecord("backup", name, "backup-start", actor.auditName(), actor.channelName(), null,
                    null, null, clip("into " + dir), null));
            return null;
        });
        try {
            Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            DatabaseFacts facts = database.read(c -> {
                DatabaseFacts f = DatabaseFacts.read(c);
                try {
                    DatabaseCopy.copy(c, f.kind(), partial.resolve("database"));
                } catch (SQLException e) {
                    // the store would answer a bare "database unavailable"; the operator needs the database's reason
                    throw HallException.unavailable("backup_failed", "the database could not be backed up: " + e.getMessage());
                }
                return f;
            });
            files.copyInto(partial);
            List<Manifest.Entry> entries = Manifest.scan(partial);
            long bytes = entries.stream().mapToLong(Manifest.Entry::size).sum();
            BackupInfo info = new BackupInfo(target, hallVersion, started, clock.instant(), facts.kind(), facts.cases(),
                    facts.lastCaseNumber(), facts.auditHeadSeq(), facts.auditHeadHash(), entries.size(), bytes);
            Manifest.write(partial, info, databaseFolder(partial), entries);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backup {} by {}: {} files, {} bytes in {} ms; last case {}, audit head {}", target, actor.auditName(),
                    info.files(), info.bytes(), info.millis(), info.lastCaseNumber(), info.auditHeadSeq());
            return info;
        } catch (IOException | RuntimeException e) {
            discard(partial);
            if (e instanceof HallException he) {
                throw he;
            }
            LOG.error("Backup into {} failed", dir, e);
            throw HallException.unavailable("backup_failed", "the backup into " + dir + " failed: " + e);
        }
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw HallException.invalid("directory", "cannot create the backup directory " + dir + ": " + e.getMessage());
        } catch (IOException e) {
            throw HallException.invalid("directory", "cannot create the backup directory " + dir + ": " + e);
        }
        if (!Files.isWritable(dir)) {
            throw HallException.invalid("directory", "the backup directory " + dir + " is not writable");
        }
    }

    /** @return where Derby put the database, e.g. {@code database/hall} */
    private static String databaseFolder(Path backup) throws IOException {
        try (Stream<Path> s = Files.list(backup.resolve("database"))) {
            return s.filter(Files::isDirectory).map(p -> "database/" + p.getFileName()).findFirst()
                    .orElseThrow(() -> new IOException("the database copy made no folder under " + backup.resolve("database")));
        }
    }

    private static void discard(Path partial) {
        try {
            if (Files.exists(partial)) {
                Retention.delete(partial);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the incomplete backup {}; retention removes it later", partial, e);
        }
    }
}
