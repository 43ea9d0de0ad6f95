package org.qinqing.hall.console.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.qinqing.hall.backup.BackupInfo;
import org.qinqing.hall.backup.Backups;

/**
 * {@code hall:backup [DIR]}: an online backup of the running hall into a new directory under DIR
 * (default: the configured one); prints that directory's path on the first line, alone, for
 * scripts. Role: admin.
 */
@Service
@Command(scope = "hall", name = "backup", description = "Back up the running hall (database, data/hall, accounts, settings) into a new directory under DIR")
public class BackupCommand implements Action {

    @Reference
    private Backups backups;

    @Argument(index = 0, name = "dir", required = false,
            description = "Where to put the backup (relative: to the hall's home); default: directory in etc/org.qinqing.hall.backup.cfg")
    @Completion(FileCompleter.class)
    private String dir;

    @Override
    public Object execute() {
        BackupInfo b = backups.backup(dir == null ? null : Path.of(dir), ConsoleActor.current());
        System.out.println(b.path());
        System.out.println(String.format(Locale.ROOT, "%d files, %.1f MB in %.1f s; %s; %d cases (last %s); audit head %d",
                b.files(), b.bytes() / 1e6, b.millis() / 1000.0, b.databaseKind(), b.cases(),
                b.lastCaseNumber() == null ? "none" : b.lastCaseNumber(), b.auditHeadSeq()));
        return null;
    }
}
