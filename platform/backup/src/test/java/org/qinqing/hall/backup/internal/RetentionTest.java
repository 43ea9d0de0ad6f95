package org.qinqing.hall.backup.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RetentionTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void keepsTheNewestBackupsAndDeletesOlderOnes() throws Exception {
        Path dir = tmp.getRoot().toPath();
        for (String n : List.of("hall-backup-20261201-031500", "hall-backup-20261203-031500", "hall-backup-20261202-031500",
                "hall-backup-20261204-031500")) {
            backup(dir, n);
        }
        assertEquals(List.of("hall-backup-20261201-031500", "hall-backup-20261202-031500"), Retention.apply(dir, 2));
        assertEquals(List.of("hall-backup-20261203-031500", "hall-backup-20261204-031500"), names(dir));
    }

    @Test
    public void aTenthBackupOfOneSecondIsNewerThanTheNinth() throws Exception {
        Path dir = tmp.getRoot().toPath();
        for (String n : List.of("hall-backup-20261201-031500", "hall-backup-20261201-031500-2", "hall-backup-20261201-031500-9",
                "hall-backup-20261201-031500-10")) {
            backup(dir, n);
        }
        assertEquals(List.of("hall-backup-20261201-031500", "hall-backup-20261201-031500-2", "hall-backup-20261201-031500-9"),
                Retention.apply(dir, 1));
        assertEquals(List.of("hall-backup-20261201-031500-10"), names(dir));
    }

    @Test
    public void touchesNothingButTheHallsOwnCompleteBackupsAndLeftoverPartials() throws Exception {
        Path dir = tmp.getRoot().toPath();
        backup(dir, "hall-backup-20261201-031500");
        backup(dir, "hall-backup-20261202-031500");
        Files.createDirectories(dir.resolve("hall-backup-20261130-031500")); // no manifest: not a backup the hall finished
        Files.createDirectories(dir.resolve("before-upgrade"));
        Files.writeString(dir.resolve("hall-backup-20261101-031500"), "a file, not a backup");
        Files.createDirectories(dir.resolve("mine-hall-backup-20261101-031500"));
        Files.createDirectories(dir.resolve(".hall-backup-20261129-031500.partial/database"));
        Files.createSymbolicLink(dir.resolve("hall-backup-20261001-031500"), dir.resolve("before-upgrade"));
        Files.writeString(dir.resolve("before-upgrade/precious.txt"), "keep me");

        List<String> deleted = Retention.apply(dir, 1);

        assertEquals(List.of(".hall-backup-20261129-031500.partial", "hall-backup-20261201-031500"), deleted);
        assertEquals(List.of("before-upgrade", "hall-backup-20261001-031500", "hall-backup-20261101-031500",
                "hall-backup-20261130-031500", "hall-backup-20261202-031500", "mine-hall-backup-20261101-031500"), names(dir));
        assertTrue(Files.exists(dir.resolve("before-upgrade/precious.txt")));
    }

    @Test
    public void fewerBackupsThanKeptDeletesNothing() throws Exception {
        Path dir = tmp.getRoot().toPath();
        backup(dir, "hall-backup-20261201-031500");
        assertEquals(List.of(), Retention.apply(dir, 7));
        assertTrue(Files.exists(dir.resolve("hall-backup-20261201-031500/database/hall/seg0/c10.dat")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void keepingNoneIsRefused() throws Exception {
        Retention.apply(tmp.getRoot().toPath(), 0);
    }

    @Test
    public void theNewestBackupIsKeptEvenWhenItsNameSortsBeforeAnOldersSuffix() throws Exception {
        assertTrue(Retention.OLDEST_FIRST.compare("hall-backup-20261201-031500-99", "hall-backup-20261201-031501") < 0);
        assertFalse(Retention.OLDEST_FIRST.compare("hall-backup-20261201-031500", "hall-backup-20261201-031500-2") > 0);
    }

    private static void backup(Path dir, String name) throws Exception {
        Path b = dir.resolve(name);
        Files.createDirectories(b.resolve("database/hall/seg0"));
        Files.writeString(b.resolve("database/hall/seg0/c10.dat"), "x");
        Files.writeString(b.resolve(Manifest.FILE), "{}");
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
