package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.spi.AuditAnchor;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.spi.Notifier;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.testing.TestStore;

/**
 * Anchors of the audit chain on a real Derby database: a record changed and every later hash and
 * the head recomputed — a rewrite the chain check alone cannot see — is found by the anchor, and
 * a changed anchor line is found by its signature.
 */
public class AuditAnchorsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private final List<AuditAnchor> notified = new ArrayList<>();
    private EmbeddedDataSource ds;
    private JdbcDatabase db;
    private Path dir;

    @Before
    public void start() throws Exception {
        ds = TestStore.fresh();
        db = TestStore.started(ds, now::get);
        dir = Files.createTempDirectory("anchors");
        db.setAnchors(new AuditAnchors(dir));
        db.setNotifiers(List.of(new Notifier() {
            @Override
            public void send(Notice notice) {
            }

            @Override
            public void anchor(AuditAnchor anchor) {
                notified.add(anchor);
            }
        }));
    }

    @After
    public void stop() throws InterruptedException {
        db.stop();
    }

    private void records(int n) {
        for (int i = 0; i < n; i++) {
            now.set(now.get().plusSeconds(1));
            db.write(tx -> {
                tx.audit(new AuditRecord("case", "NS" + tx.next("t"), "accept", "clerk", "counter", "A01", null, "ACCEPTED", null, null));
                return null;
            });
        }
    }

    @Test
    public void aRecordChangedWithEveryLaterHashRecomputedIsFoundByTheFirstAnchorThatNoLongerMatches() throws Exception {
        records(3);
        AuditAnchor first = db.anchor();
        records(7);
        AuditAnchor second = db.anchor();
        assertEquals(3, first.seq());
        assertEquals(10, second.seq());
        assertEquals("every notifier got both", List.of(first, second), notified);
        assertTrue(db.verify().valid());

        rewrite(6, "forged reason");
        assertEquals("the rewrite is consistent: the head row points to the new last hash", headHash(), lastHash());
        AuditVerification v = db.verify();
        assertFalse(v.problem(), v.valid());
        assertEquals("the range starts after the last anchor that still matches", 4, v.firstBad());
        assertTrue(v.problem(), v.problem().contains("rewritten") && v.problem().contains("line 2") && v.problem().contains("from 4 to 10"));
    }

    @Test
    public void withoutAnchorsTheSameRewriteGoesUnnoticed() throws Exception {
        records(5);
        rewrite(2, "forged");
        assertTrue("what the anchors are for", db.verify().valid());
    }

    @Test
    public void aChangedAnchorLineHasABadSignature() throws Exception {
        records(4);
        db.anchor();
        Path file = dir.resolve("audit-anchors.log");
        String line = Files.readString(file);
        String forged = line.replaceFirst("\"seq\":4", "\"seq\":3");
        Files.writeString(file, forged);
        AuditVerification v = db.verify();
        assertFalse(v.valid());
        assertTrue(v.problem(), v.problem().contains("bad signature") && v.problem().contains("line 1"));
        Files.writeString(file, line + "not json\n");
        assertTrue(db.verify().problem(), db.verify().problem().contains("line 2") && db.verify().problem().contains("not an anchor"));
    }

    @Test
    public void aChainCutBackBehindAnAnchorIsNamed() throws Exception {
        records(5);
        db.anchor();
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM audit_log WHERE seq = 5");
        }
        AuditVerification v = db.verify();
        assertFalse(v.valid());
        assertTrue(v.problem(), v.problem().contains("record 5") && v.problem().contains("cut back"));
    }

    @Test
    public void theKeyIsOwnerOnlyAndAnAnchorOfAnEmptyChainIsTheGenesis() throws Exception {
        AuditAnchor a = db.anchor();
        assertEquals(0, a.seq());
        assertEquals("0".repeat(64), a.hash());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit-anchor.key"))));
        assertTrue(db.verify().valid());
    }

    /** What someone with write access to the database does: change a record, recompute every later hash and the head. */
    private void rewrite(long seq, String reason) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement up = c.prepareStatement("UPDATE audit_log SET reason = ? WHERE seq = ?");
            up.setString(1, reason);
            up.setLong(2, seq);
            assertEquals(1, up.executeUpdate());
            List<AuditEntry> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM audit_log WHERE seq >= " + seq + " ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(new AuditEntry(rs.getLong("seq"), Sql.instant(rs, "recorded_at"), rs.getString("subject_type"),
                            rs.getString("subject"), rs.getString("action"), rs.getString("actor"), rs.getString("channel"),
                            rs.getString("window_code"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("reason"),
                            rs.getString("detail"), null));
                }
            }
            String prev;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM audit_log WHERE seq = " + (seq - 1))) {
                prev = rs.next() ? rs.getString(1) : AuditChain.GENESIS;
            }
            PreparedStatement fix = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?");
            for (AuditEntry e : rows) {
                String hash = AuditChain.hash(e.seq(), e.at(), new AuditRecord(e.subjectType(), e.subject(), e.action(), e.actor(),
                        e.channel(), e.window(), e.fromStatus(), e.toStatus(), e.reason(), e.detail()), prev);
                fix.setString(1, prev);
                fix.setString(2, hash);
                fix.setLong(3, e.seq());
                fix.executeUpdate();
                prev = hash;
            }
            PreparedStatement head = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE seq = (SELECT MAX(seq) FROM audit_head)");
            head.setString(1, prev);
            head.executeUpdate();
            c.commit();
        }
    }

    private String headHash() throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT hash FROM audit_head WHERE seq = (SELECT MAX(seq) FROM audit_head)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String lastHash() throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT hash FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
