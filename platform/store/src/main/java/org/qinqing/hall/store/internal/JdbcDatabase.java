package org.qinqing.hall.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import javax.sql.DataSource;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.AuditLog;
import org.qinqing.hall.api.AuditVerification;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.NodeName;
import org.qinqing.hall.store.RowFeed;
import org.qinqing.hall.store.Rows;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.SqlWork;
import org.qinqing.hall.store.TxWork;
import org.qinqing.hall.spi.AuditAnchor;
import org.qinqing.hall.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Database} and {@link AuditLog} on a JDBC DataSource (Derby embedded by default). */
public final class JdbcDatabase implements Database, AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);
    private static final int READ_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final Migrator migrator;
    private final GroupCommitWriter writer;
    /** Audit records of recently shown subjects kept in memory (~0.5 KB each). */
    private final SubjectTrails trails;
    /** The cache of committed rows the modules declare regions in. */
    private final RowCache rows;

    private final List<Migration> own;
    private final JobClaims claims;
    private final StoreMetrics metrics;
    /** Reads holding a pooled connection right now. */
    private final AtomicInteger reading = new AtomicInteger();
    /** The anchor file and key; {@code null} in tests that do not anchor. */
    private AuditAnchors anchors;
    private List<Notifier> notifiers = List.of();

    /**
     * @param dataSource the hall's DataSource
     * @param clock the hall clock
     * @param own the store's own migrations (audit trail, counters)
     */
    public JdbcDatabase(DataSource dataSource, HallClock clock, List<Migration> own) {
        this(dataSource, clock, own, Metrics.globalRegistry);
    }

    JdbcDatabase(DataSource dataSource, HallClock clock, List<Migration> own, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.migrator = new Migrator(dataSource);
        this.metrics = new StoreMetrics(registry);
        this.rows = new RowCache(registry);
        this.trails = new SubjectTrails(rows, 50_000);
        this.writer = new GroupCommitWriter(dataSource, clock::now, trails, rows, metrics);
        this.own = own;
        this.claims = new JobClaims(dataSource, NodeName.local());
    }

    public void setAnchors(AuditAnchors anchors) {
        this.anchors = anchors;
    }

    public void setNotifiers(List<Notifier> notifiers) {
        this.notifiers = notifiers;
    }

    /** @param on whether the cache of committed rows keeps entries ({@code rowCache}); off, every get loads */
    public void setRowCache(boolean on) {
        rows.setEnabled(on);
    }

    /** @param feeds the services told of the keys each committed batch changed (e.g. a cluster module's) */
    public void setRowFeeds(List<RowFeed> feeds) {
        rows.setFeeds(feeds);
    }

    @Override
    public Rows rows() {
        return rows;
    }

    /** Applies the store's own schema and starts the writer. */
    public void start() {
        migrate("store", own);
        writer.start();
        metrics.gauge("hall.store.queue.depth", "Writes waiting for the store's writer", writer, GroupCommitWriter::queueDepth);
        metrics.gauge("hall.store.reads.active", "Reads holding a pooled connection now (the writer keeps two more)", reading,
                AtomicInteger::get);
    }

    /** Lets queued writes finish, then stops the writer. */
    public void stop() throws InterruptedException {
        metrics.close();
        writer.stop();
        rows.close();
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            reading.incrementAndGet();
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            } catch (SQLException e) {
                if (SqlStates.retryable(e) && attempt < READ_ATTEMPTS) {
                    continue;
                }
                LOG.error("Read failed", e);
                throw HallException.unavailable("store_unavailable", "the hall's database could not answer; try again");
            } finally {
                reading.decrementAndGet();
            }
        }
    }

    @Override
    public boolean claim(String job, java.time.Duration interval) {
        return claims.claim(job, interval);
    }

    @Override
    public <T> T write(TxWork<T> work) {
        return writer.submit(work);
    }

    @Override
    public void migrate(String module, List<Migration> migrations) {
        try {
            migrator.migrate(module, migrations);
        } catch (SQLException e) {
            throw new IllegalStateException("migrating the schema of " + module + " failed", e);
        }
    }

    @Override
    public List<AuditEntry> forSubject(String subject) {
        return trails.get(subject, () -> read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE subject = ? ORDER BY seq")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public AuditVerification verify() {
        List<AuditAnchors.Line> lines = anchors == null ? List.of() : anchors.read();
        Map<Long, String> anchoredHashes = new HashMap<>();
        for (AuditAnchors.Line l : lines) {
            if (l.anchor() != null) {
                anchoredHashes.put(l.anchor().seq(), null);
            }
        }
        AuditVerification chain = read(c -> {
            long expected = 1;
            String prev = AuditChain.GENESIS;
            if (anchoredHashes.containsKey(0L)) {
                anchoredHashes.put(0L, AuditChain.GENESIS); // an anchor of the empty chain
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = entry(rs);
                        if (e.seq() != expected) {
                            return new AuditVerification(false, expected - 1, expected,
                                    "record " + expected + (e.seq() > expected ? " is missing (removed)" : " appears twice"), prev);
                        }
                        if (!prev.equals(rs.getString("prev_hash"))) {
                            return new AuditVerification(false, expected - 1, expected,
                                    "record " + expected + " does not point to the hash of record " + (expected - 1), prev);
                        }
                        String recomputed = AuditChain.hash(e.seq(), e.at(), record(e), prev);
                        if (!recomputed.equals(e.hash())) {
                            return new AuditVerification(false, expected - 1, expected,
                                    "record " + expected + " was changed after it was written (hash mismatch)", prev);
                        }
                        if (anchoredHashes.containsKey(e.seq())) {
                            anchoredHashes.put(e.seq(), e.hash());
                        }
                        prev = e.hash();
                        expected++;
                    }
                }
            }
            return new AuditVerification(true, expected - 1, 0, "", prev);
        });
        if (!chain.valid()) {
            return chain;
        }
        return AnchorCheck.against(chain, lines, anchoredHashes);
    }

    @Override
    public AuditAnchor anchor() {
        if (anchors == null) {
            throw HallException.unavailable("anchors_unavailable", "this store has no anchor file");
        }
        AuditAnchor a = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, hash, recorded_at FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
                    ResultSet rs = ps.executeQuery()) {
                Instant now = Instant.now();
                return rs.next() ? anchors.sign(rs.getLong(1), rs.getString(2).trim(), Sql.instant(rs, 3), now)
                        : anchors.sign(0, AuditChain.GENESIS, now, now);
            }
        });
        anchors.append(a);
        for (Notifier n : List.copyOf(notifiers)) {
            try {
                n.anchor(a);
            } catch (RuntimeException e) {
                LOG.error("Notifier {} failed on the audit anchor of record {}", n, a.seq(), e);
            }
        }
        LOG.info("Audit chain anchored at record {} (hash {})", a.seq(), a.hash());
        return a;
    }

    private static AuditRecord record(AuditEntry e) {
        return new AuditRecord(e.subjectType(), e.subject(), e.action(), e.actor(), e.channel(), e.window(),
                e.fromStatus(), e.toStatus(), e.reason(), e.detail());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Sql.instant(rs, "recorded_at"), rs.getString("subject_type"), rs.getString("subject"),
                rs.getString("action"), rs.getString("actor"), rs.getString("channel"), rs.getString("window_code"),
                rs.getString("from_status"), rs.getString("to_status"), rs.getString("reason"), rs.getString("detail"),
                rs.getString("hash"));
    }

    @Override
    public WriteStats stats() {
        return writer.stats();
    }

    int cachedStatements() {
        return writer.cachedStatements();
    }
}
