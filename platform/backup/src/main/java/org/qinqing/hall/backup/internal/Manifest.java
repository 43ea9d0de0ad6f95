package org.qinqing.hall.backup.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.qinqing.hall.backup.BackupInfo;

/**
 * {@code manifest.json} (what the backup holds: hall version, times, database kind, last case
 * number, audit head, every file with size and SHA-256) and {@code SHA256SUMS} (the same digests in
 * the format of {@code sha256sum -c}, which the restore script checks before it copies anything).
 */
final class Manifest {
    static final String FILE = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    private static final ObjectMapper JSON = org.qinqing.hall.json.JsonMappers.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One file of a backup, its path relative to the backup's directory with {@code /} separators. */
    record Entry(String path, long size, String sha256) {
    }

    private Manifest() {
    }

    /** @return every file under {@code dir} but the manifest's own two, sorted by path, hashed */
    static List<Entry> scan(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (!rel.equals(FILE) && !rel.equals(SUMS)) {
                out.add(new Entry(rel, Files.size(f), sha256(f)));
            }
        }
        return out;
    }

    /** Writes both files into the backup's directory. */
    static void write(Path dir, BackupInfo info, String database, List<Entry> files) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", 1);
        m.put("hallVersion", info.hallVersion());
        m.put("startedAt", info.startedAt().toString());
        m.put("finishedAt", info.finishedAt().toString());
        m.put("databaseKind", info.databaseKind());
        m.put("database", database);
        m.put("cases", info.cases());
        m.put("lastCaseNumber", info.lastCaseNumber());
        ObjectNode head = m.putObject("auditHead");
        head.put("seq", info.auditHeadSeq());
        head.put("hash", info.auditHeadHash());
        m.put("bytes", info.bytes());
        ArrayNode list = m.putArray("files");
        StringBuilder sums = new StringBuilder();
        for (Entry e : files) {
            list.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
            sums.append(e.sha256()).append("  ").append(e.path()).append('\n');
        }
        JSON.writeValue(dir.resolve(FILE).toFile(), m);
        Files.writeString(dir.resolve(SUMS), sums, StandardCharsets.UTF_8);
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
