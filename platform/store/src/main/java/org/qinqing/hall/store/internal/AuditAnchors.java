package org.qinqing.hall.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qinqing.hall.spi.AuditAnchor;

/**
 * The anchor file {@code data/hall/audit-anchors.log}: one signed JSON line per anchor of the
 * audit chain's head, only ever appended (and forced to disk). A rewrite of the database cannot
 * rewrite what was anchored here — or what the notifiers carried elsewhere.
 */
public final class AuditAnchors {
    private static final Pattern LINE = Pattern.compile("\\{\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\",\"recordedAt\":\"([^\"]+)\","
            + "\"anchoredAt\":\"([^\"]+)\",\"keyId\":\"([0-9a-f]{16})\",\"signature\":\"([A-Za-z0-9+/=]+)\"}");

    private final Path file;
    private final AnchorKey key;

    /** @param dir the hall's data folder ({@code data/hall}) */
    public AuditAnchors(Path dir) {
        this.file = dir.resolve("audit-anchors.log");
        this.key = new AnchorKey(dir);
    }

    /** @return the anchors of this Karaf's {@code data/hall} (Blueprint) */
    public static AuditAnchors inKarafData() {
        return new AuditAnchors(java.nio.file.Paths.get(System.getProperty("karaf.data", "data"), "hall"));
    }

    Path file() {
        return file;
    }

    /** Makes sure the key exists (generated on first start). */
    public void start() {
        key.load();
    }

    /** @return the head signed with the hall's key */
    AuditAnchor sign(long seq, String hash, Instant recordedAt, Instant anchoredAt) {
        AuditAnchor unsigned = new AuditAnchor(seq, hash, recordedAt, anchoredAt, key.id(), null);
        return new AuditAnchor(seq, hash, recordedAt, anchoredAt, key.id(), key.sign(unsigned.signedText()));
    }

    /** Appends the anchor as one line, forced to disk before returning. */
    synchronized void append(AuditAnchor a) {
        String line = "{\"seq\":" + a.seq() + ",\"hash\":\"" + a.hash() + "\",\"recordedAt\":\"" + a.recordedAt() + "\",\"anchoredAt\":\""
                + a.anchoredAt() + "\",\"keyId\":\"" + a.keyId() + "\",\"signature\":\"" + a.signature() + "\"}\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** One line of the file: its anchor, or why it is not a good one. */
    record Line(int number, AuditAnchor anchor, String problem) {
    }

    /** @return every line, checked: its format and its signature */
    List<Line> read() {
        List<Line> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                out.add(new Line(i + 1, null, "line " + (i + 1) + " of " + file.getFileName() + " is not an anchor"));
                continue;
            }
            AuditAnchor a;
            try {
                a = new AuditAnchor(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), Instant.parse(m.group(4)),
                        m.group(5), m.group(6));
            } catch (RuntimeException e) {
                out.add(new Line(i + 1, null, "line " + (i + 1) + " of " + file.getFileName() + " is not an anchor"));
                continue;
            }
            boolean good = key.verify(a.keyId(), a.signedText(), a.signature());
            out.add(new Line(i + 1, a, good ? null : "anchor on line " + (i + 1) + " of " + file.getFileName() + " (record " + a.seq()
                    + ") has a bad signature: the anchor file was changed, or signed by a key the hall does not know"));
        }
        return out;
    }
}
