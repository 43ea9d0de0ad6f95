package org.qinqing.hall.parties.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.NewMaterial;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.parties.VaultStore;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Region;
import org.qinqing.hall.store.Tx;

/**
 * The material vault. Uploads are PDF, JPEG or PNG — checked by their first bytes, not by the
 * declared type — within a size limit; an expired material is refused; the same bytes of the
 * same kind for the same holder are stored once.
 */
public final class VaultService implements Vault, VaultStore {
    static final Set<String> UPLOAD_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    static final String ISSUED_TYPE = "text/plain; charset=UTF-8";
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{1,59}");
    private static final String COLUMNS = "id, holder, kind, title, issuer, valid_until, size_bytes, sha256, content_type,"
            + " attributes, source_case, stored_at";

    private final Database db;
    private final Parties parties;
    private final HallClock clock;
    private final long maxBytes;
    /**
     * Materials by id, as committed, in the store's cache of committed rows (region
     * {@code parties.vault}): a vault material is never changed or removed once stored (only
     * materials found are kept; an id not found may be committed later).
     */
    private final Region<VaultMaterial> byId;

    /** @param maxBytes largest accepted upload */
    public VaultService(Database db, Parties parties, HallClock clock, long maxBytes) {
        this.db = db;
        this.parties = parties;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.byId = db.rows().region("parties.vault", 20_000);
    }

    @Override
    public VaultMaterial store(NewMaterial material, Actor actor) {
        return db.write(tx -> insert(tx, material, actor, false));
    }

    @Override
    public VaultMaterial insert(Tx tx, NewMaterial m, Actor actor, boolean issued) throws SQLException {
        String holder = parties.parse(m.holder(), "holder").value();
        if (m.kind() == null || !KIND.matcher(m.kind()).matches()) {
            throw HallException.invalid("kind", "material kind '" + m.kind() + "' must be a lowercase slug such as degree-certificate");
        }
        if (m.title() == null || m.title().isBlank() || m.title().length() > 200) {
            throw HallException.invalid("title", "a material needs a title of at most 200 characters");
        }
        byte[] content = m.content() == null ? new byte[0] : m.content();
        if (!issued) {
            if (content.length == 0) {
                throw HallException.invalid("content", "the material is empty");
            }
            if (content.length > maxBytes) {
                throw new HallException(HallException.Kind.TOO_LARGE, "material_too_large", "content",
                        "the material has " + content.length + " bytes; the limit is " + maxBytes);
            }
            String sniffed = sniff(content);
            if (sniffed == null || !UPLOAD_TYPES.contains(m.contentType()) || !sniffed.equals(m.contentType())) {
                throw HallException.invalid("contentType", "materials must be PDF, JPEG or PNG, and their content must match the"
                        + " declared type (declared " + m.contentType() + ", content looks like " + (sniffed == null ? "neither" : sniffed) + ")");
            }
            if (m.validUntil() != null && m.validUntil().isBefore(clock.today())) {
                throw HallException.invalid("validUntil", "材料已于" + m.validUntil() + "过期，不能作为有效材料提交");
            }
        }
        String sha = sha256(content);
        if (!issued) {
            // the same upload stored twice is one material; an issued document is always a new one
            PreparedStatement same = tx.prepare("SELECT " + COLUMNS + " FROM vault_material WHERE holder = ? AND sha256 = ? AND kind = ?");
            same.setString(1, holder);
            same.setString(2, sha);
            same.setString(3, m.kind());
            try (ResultSet rs = same.executeQuery()) {
                if (rs.next()) {
                    return material(rs);
                }
            }
        }
        long id = tx.next("vault");
        PreparedStatement in = tx.prepare("INSERT INTO vault_material (id, holder, kind, title, issuer, valid_until, size_bytes, sha256,"
                + " content_type, content, attributes, source_case, stored_at, stored_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        in.setLong(1, id);
        in.setString(2, holder);
        in.setString(3, m.kind());
        in.setString(4, m.title().trim());
        in.setString(5, m.issuer() == null ? "" : m.issuer());
        Sql.setDate(in, 6, m.validUntil());
        in.setLong(7, content.length);
        in.setString(8, sha);
        in.setString(9, issued ? ISSUED_TYPE : m.contentType());
        in.setBytes(10, content); // bytes in hand: a stream made Derby buffer the column again to log it
        in.setString(11, Json.write(m.attributes() == null ? java.util.Map.of() : m.attributes()));
        Sql.setString(in, 12, m.sourceCase());
        Sql.setInstant(in, 13, tx.now());
        in.setString(14, actor.auditName());
        tx.later(in);
        tx.audit(new AuditRecord("party", Subjects.party(holder), issued ? "vault-issue" : "vault-store", actor.auditName(),
                actor.channelName(), actor.window(), null, null, null,
                "{\"vaultId\":" + id + ",\"kind\":\"" + m.kind() + "\"" + (m.sourceCase() == null ? "" : ",\"case\":\"" + m.sourceCase() + "\"") + "}"));
        VaultMaterial stored = new VaultMaterial(id, holder, m.kind(), m.title().trim(), m.issuer() == null ? "" : m.issuer(),
                m.validUntil(), content.length, sha, issued ? ISSUED_TYPE : m.contentType(), m.sourceCase(), tx.now(),
                m.attributes() == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m.attributes())));
        // a material never changes once stored: kept from its commit, the next step that takes it as an earlier result reads no row
        byId.changed(tx, Long.toString(id), stored);
        return stored;
    }

    @Override
    public List<VaultMaterial> list(String holder) {
        return db.read(c -> {
            List<VaultMaterial> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM vault_material WHERE holder = ? ORDER BY id DESC")) {
                ps.setString(1, holder);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(material(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<VaultMaterial> get(long id) {
        return Optional.ofNullable(byId.get(Long.toString(id), k -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM vault_material WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? material(rs) : null;
                }
            }
        })));
    }

    @Override
    public byte[] content(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM vault_material WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw HallException.notFound("unknown_material", "no material " + id + " in the vault");
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    private static VaultMaterial material(ResultSet rs) throws SQLException {
        return new VaultMaterial(rs.getLong("id"), rs.getString("holder"), rs.getString("kind"), rs.getString("title"),
                rs.getString("issuer"), Sql.date(rs, "valid_until"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("content_type"), rs.getString("source_case"), Sql.instant(rs, "stored_at"),
                Json.read(rs.getString("attributes")));
    }

    /** @return the type the bytes are, by their signature, or {@code null} */
    static String sniff(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
