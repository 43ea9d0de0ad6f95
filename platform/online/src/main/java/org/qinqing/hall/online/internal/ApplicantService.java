package org.qinqing.hall.online.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.online.ActingFor;
import org.qinqing.hall.online.ApplicantAccount;
import org.qinqing.hall.online.ApplicantSession;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.online.Level;
import org.qinqing.hall.online.TooManyCodes;
import org.qinqing.hall.spi.IdentityVerifier;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Migration;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/**
 * Applicant accounts, login codes and sessions, all in the database (codes as HMAC, tokens as
 * SHA-256), so any node checks what any other issued. Times are the machine's clock, not the hall
 * clock (which tests fix): a code must expire in real minutes.
 */
public class ApplicantService implements Applicants {
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final String ID_CARD = "id-card";

    private final Database db;
    private final Parties parties;
    private final Outbox outbox;
    private final Policy policy;
    private final Clock clock;
    private final SessionCache cache;
    private List<Migration> migrations = List.of();
    private List<IdentityVerifier> verifiers = List.of();
    private volatile String key;

    public ApplicantService(Database db, Parties parties, Outbox outbox, Policy policy, Clock clock) {
        this.db = db;
        this.parties = parties;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
        this.cache = new SessionCache(policy.remember().toMillis());
    }

    /** Blueprint: limits from configuration, the machine's clock. */
    public ApplicantService(Database db, Parties parties, Outbox outbox, long idleMinutes, long absoluteHours, int perPhoneDay,
            int perAddressHour) {
        this(db, parties, outbox, new Policy(Policy.defaults().codeValid(), 5, 1, perPhoneDay, perAddressHour,
                java.time.Duration.ofMinutes(idleMinutes), java.time.Duration.ofHours(absoluteHours), Policy.defaults().remember()),
                Clock.systemUTC());
    }

    public void setMigrations(List<Migration> migrations) {
        this.migrations = migrations;
    }

    /** @param verifiers registered identity verifiers (none shipped enabled) */
    public void setVerifiers(List<IdentityVerifier> verifiers) {
        this.verifiers = verifiers;
    }

    /** Applies the schema and loads (or, on the first start of an install, draws) the code key. */
    public void start() {
        db.migrate("online", migrations);
        key = db.read(c -> secret(c));
        if (key == null) {
            String fresh = Secrets.key();
            try {
                db.write(tx -> {
                    PreparedStatement ps = tx.prepare("INSERT INTO online_secret (name, secret) VALUES ('code-hmac', ?)");
                    ps.setString(1, fresh);
                    return ps.executeUpdate();
                });
            } catch (RuntimeException anotherNodeWasFirst) {
                // the key another node stored is read below
            }
            key = db.read(c -> secret(c));
        }
    }

    private static String secret(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM online_secret WHERE name = 'code-hmac'")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public void requestCode(String number, String phone, String address) {
        PartyNumber person = person(number);
        String p = phone(phone);
        String from = address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
        String code = Secrets.code();
        Instant now = clock.instant();
        boolean send = db.write(tx -> {
            Optional<ApplicantAccount> account = account(tx.connection(), person.value());
            if (account.isPresent() && account.get().phone() != null && !account.get().phone().equals(p)) {
                return false; // not the bound phone: answered like any other request, so the answer tells nothing
            }
            limits(tx, p, from, now);
            PreparedStatement end = tx.prepare("UPDATE online_code SET ended = 1 WHERE phone = ? AND ended = 0");
            end.setString(1, p);
            end.executeUpdate();
            PreparedStatement in = tx.prepare("INSERT INTO online_code (id, phone, person, address, code_hash, created_at, expires_at, tries, ended)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)");
            in.setLong(1, tx.next("online_code"));
            in.setString(2, p);
            in.setString(3, person.value());
            in.setString(4, from);
            in.setString(5, Secrets.hmac(key, p, code));
            Sql.setInstant(in, 6, now);
            Sql.setInstant(in, 7, now.plus(policy.codeValid()));
            in.executeUpdate();
            return true;
        });
        if (send) {
            outbox.send(new Message(p, "【沁清政务】您的登录验证码为 " + code + "，" + policy.codeValid().toMinutes()
                    + "分钟内有效。请勿告诉他人。", person.value(), null));
        }
    }

    /** @throws TooManyCodes when the phone or the address has had its codes */
    private void limits(Tx tx, String phone, String address, Instant now) throws SQLException {
        Instant[] phoneTimes = times(tx, "SELECT created_at FROM online_code WHERE phone = ? AND created_at > ? ORDER BY created_at",
                phone, now.minusSeconds(86_400));
        if (count(phoneTimes, now.minusSeconds(60)) >= policy.perPhoneMinute()) {
            throw new TooManyCodes(wait(phoneTimes, policy.perPhoneMinute(), 60, now),
                    "至多每分钟发送" + policy.perPhoneMinute() + "次验证码，请稍后再试");
        }
        if (phoneTimes.length >= policy.perPhoneDay()) {
            throw new TooManyCodes(wait(phoneTimes, policy.perPhoneDay(), 86_400, now),
                    "该手机号24小时内至多接收" + policy.perPhoneDay() + "次验证码");
        }
        Instant[] addressTimes = times(tx, "SELECT created_at FROM online_code WHERE address = ? AND created_at > ? ORDER BY created_at",
                address, now.minusSeconds(3600));
        if (addressTimes.length >= policy.perAddressHour()) {
            throw new TooManyCodes(wait(addressTimes, policy.perAddressHour(), 3600, now), "此网络地址请求验证码过于频繁，请稍后再试");
        }
    }

    private static Instant[] times(Tx tx, String sql, String key, Instant since) throws SQLException {
        PreparedStatement ps = tx.prepare(sql);
        ps.setString(1, key);
        Sql.setInstant(ps, 2, since);
        List<Instant> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Sql.instant(rs, 1));
            }
        }
        return out.toArray(new Instant[0]);
    }

    private static int count(Instant[] times, Instant since) {
        int n = 0;
        for (Instant t : times) {
            if (t.isAfter(since)) {
                n++;
            }
        }
        return n;
    }

    /** @return seconds until the oldest of the last {@code limit} codes leaves the window */
    private static long wait(Instant[] times, int limit, long windowSeconds, Instant now) {
        Instant oldest = times[Math.max(0, times.length - limit)];
        return Math.max(1, oldest.plusSeconds(windowSeconds).getEpochSecond() - now.getEpochSecond());
    }

    /** What the code check found. */
    private record Checked(ApplicantSession session, String error) {
    }

    @Override
    public ApplicantSession login(String number, String phone, String code, String address) {
        PartyNumber person = person(number);
        String p = phone(phone);
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw HallException.invalid("code", "验证码为6位数字");
        }
        String hash = Secrets.hmac(key, p, code.trim());
        Instant now = clock.instant();
        String token = Secrets.token();
        // a wrong try must be counted even though the login fails: the unit returns the outcome, the exception comes after the commit
        Checked checked = db.write(tx -> check(tx, person.value(), p, hash, token, now));
        if (checked.error() != null) {
            throw new HallException(HallException.Kind.UNAUTHENTICATED, "wrong_code", "code", checked.error());
        }
        cache.put(Secrets.sha256(token), checked.session(), clock.millis());
        if (checked.session().level() == Level.REGISTERED && !verifiers.isEmpty()) {
            for (IdentityVerifier v : verifiers) {
                Optional<String> method = v.verify(person.value(), p);
                if (method.isPresent()) {
                    verify(person.value(), method.get(), null, Actor.system("identity-verifier"));
                    return new ApplicantSession(person.value(), Level.VERIFIED, checked.session().expiresAt(),
                            checked.session().absoluteExpiresAt(), token);
                }
            }
        }
        return checked.session();
    }

    private Checked check(Tx tx, String person, String phone, String hash, String token, Instant now) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT id, person, code_hash, expires_at, tries FROM online_code WHERE phone = ? AND ended = 0"
                + " ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY");
        ps.setString(1, phone);
        long id;
        int tries;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !person.equals(rs.getString("person")) || !Sql.instant(rs, "expires_at").isAfter(now)) {
                return new Checked(null, "验证码错误或已失效，请重新获取");
            }
            id = rs.getLong("id");
            tries = rs.getInt("tries");
            if (!Secrets.same(hash, rs.getString("code_hash"))) {
                PreparedStatement up = tx.prepare("UPDATE online_code SET tries = ?, ended = ? WHERE id = ?");
                up.setInt(1, tries + 1);
                up.setInt(2, tries + 1 >= policy.maxTries() ? 1 : 0);
                up.setLong(3, id);
                up.executeUpdate();
                return new Checked(null, tries + 1 >= policy.maxTries() ? "验证码错误次数过多，已失效，请重新获取" : "验证码错误");
            }
        }
        PreparedStatement end = tx.prepare("UPDATE online_code SET ended = 1 WHERE id = ?");
        end.setLong(1, id);
        end.executeUpdate();
        Optional<ApplicantAccount> existing = account(tx.connection(), person);
        if (existing.isPresent() && existing.get().phone() != null && !existing.get().phone().equals(phone)) {
            return new Checked(null, "验证码错误或已失效，请重新获取");
        }
        if (existing.isEmpty()) {
            PreparedStatement in = tx.prepare("INSERT INTO online_account (person, phone, level, created_at, last_login) VALUES (?, ?, ?, ?, ?)");
            in.setString(1, person);
            in.setString(2, phone);
            in.setString(3, Level.REGISTERED.name());
            Sql.setInstant(in, 4, now);
            Sql.setInstant(in, 5, now);
            in.executeUpdate();
            tx.audit(new AuditRecord("applicant", Masking.mask(person), "register", "applicant:" + Masking.mask(person), "online", null,
                    null, Level.REGISTERED.name(), null, null));
        } else {
            PreparedStatement up = tx.prepare("UPDATE online_account SET phone = ?, last_login = ? WHERE person = ?");
            up.setString(1, phone);
            Sql.setInstant(up, 2, now);
            up.setString(3, person);
            up.executeUpdate();
        }
        Level level = existing.map(ApplicantAccount::level).orElse(Level.REGISTERED);
        Instant absolute = now.plus(policy.absolute());
        PreparedStatement s = tx.prepare("INSERT INTO online_session (token_hash, person, created_at, last_seen, expires_at) VALUES (?, ?, ?, ?, ?)");
        s.setString(1, Secrets.sha256(token));
        s.setString(2, person);
        Sql.setInstant(s, 3, now);
        Sql.setInstant(s, 4, now);
        Sql.setInstant(s, 5, absolute);
        s.executeUpdate();
        return new Checked(new ApplicantSession(person, level, earlier(now.plus(policy.idle()), absolute), absolute, token), null);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public Optional<ApplicantSession> resolve(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        long nowMillis = clock.millis();
        SessionCache.Entry e = cache.fresh(hash, nowMillis);
        if (e == null) {
            e = read(hash, nowMillis);
            if (e == null) {
                cache.remove(hash);
                return Optional.empty();
            }
        }
        Instant now = Instant.ofEpochMilli(nowMillis);
        if (!e.lastSeen().plus(policy.idle()).isAfter(now) || !e.session().absoluteExpiresAt().isAfter(now)) {
            cache.remove(hash);
            return Optional.empty();
        }
        if (now.minusSeconds(60).isAfter(e.lastSeen())) {
            // the idle limit counts in minutes: one write a minute per active session, not one per request
            db.write(tx -> {
                PreparedStatement up = tx.prepare("UPDATE online_session SET last_seen = ? WHERE token_hash = ?");
                Sql.setInstant(up, 1, now);
                up.setString(2, hash);
                return up.executeUpdate();
            });
            e = cache.touched(hash, e, now);
        }
        ApplicantSession s = e.session();
        return Optional.of(new ApplicantSession(s.person(), s.level(), earlier(e.lastSeen().plus(policy.idle()), s.absoluteExpiresAt()),
                s.absoluteExpiresAt(), null));
    }

    /** @return the session as the database has it now, remembered, or {@code null} when it is not valid */
    private SessionCache.Entry read(String hash, long nowMillis) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.person, s.created_at, s.last_seen, s.expires_at, s.revoked_at,"
                    + " a.level, a.revoked_at AS all_revoked FROM online_session s JOIN online_account a ON a.person = s.person"
                    + " WHERE s.token_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getTimestamp("revoked_at") != null) {
                        return null;
                    }
                    Instant created = Sql.instant(rs, "created_at");
                    Instant allRevoked = Sql.instant(rs, "all_revoked");
                    if (allRevoked != null && !allRevoked.isBefore(created)) {
                        return null;
                    }
                    ApplicantSession s = new ApplicantSession(rs.getString("person"), Level.valueOf(rs.getString("level")), null,
                            Sql.instant(rs, "expires_at"), null);
                    return cache.put(hash, s, Sql.instant(rs, "last_seen"), nowMillis);
                }
            }
        });
    }

    @Override
    public void logout(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return;
        }
        String hash = Secrets.sha256(token);
        cache.remove(hash);
        Instant now = clock.instant();
        db.write(tx -> {
            PreparedStatement up = tx.prepare("UPDATE online_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL");
            Sql.setInstant(up, 1, now);
            up.setString(2, hash);
            return up.executeUpdate();
        });
    }

    @Override
    public Optional<ApplicantAccount> account(String person) {
        return db.read(c -> account(c, person));
    }

    private static Optional<ApplicantAccount> account(Connection c, String person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM online_account WHERE person = ?")) {
            ps.setString(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static ApplicantAccount account(ResultSet rs) throws SQLException {
        return new ApplicantAccount(rs.getString("person"), rs.getString("phone"), Level.valueOf(rs.getString("level")),
                rs.getString("verified_how"), rs.getString("verified_by"), Sql.instant(rs, "verified_at"), Sql.instant(rs, "last_login"),
                Sql.instant(rs, "revoked_at"));
    }

    @Override
    public List<ApplicantAccount> accounts() {
        return db.read(c -> {
            List<ApplicantAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM online_account ORDER BY last_login DESC, person")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(account(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public ApplicantAccount verify(String number, String method, String phone, Actor clerk) {
        PartyNumber person = person(number);
        if (method == null || !(method.equals(ID_CARD) || clerk.kind() == Actor.Kind.SYSTEM)) {
            throw HallException.invalid("method", "method is id-card (the clerk checked the resident ID card at a window)");
        }
        String p = phone == null || phone.isBlank() ? null : phone(phone);
        Instant now = clock.instant();
        ApplicantAccount done = db.write(tx -> {
            Optional<ApplicantAccount> existing = account(tx.connection(), person.value());
            if (existing.isEmpty()) {
                PreparedStatement in = tx.prepare("INSERT INTO online_account (person, phone, level, verified_how, verified_by, verified_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                in.setString(1, person.value());
                in.setString(2, p);
                in.setString(3, Level.VERIFIED.name());
                in.setString(4, method);
                in.setString(5, clerk.auditName());
                Sql.setInstant(in, 6, now);
                Sql.setInstant(in, 7, now);
                in.executeUpdate();
            } else {
                PreparedStatement up = tx.prepare("UPDATE online_account SET level = ?, verified_how = ?, verified_by = ?, verified_at = ?,"
                        + " phone = COALESCE(?, phone) WHERE person = ?");
                up.setString(1, Level.VERIFIED.name());
                up.setString(2, method);
                up.setString(3, clerk.auditName());
                Sql.setInstant(up, 4, now);
                up.setString(5, p);
                up.setString(6, person.value());
                up.executeUpdate();
            }
            tx.audit(new AuditRecord("applicant", Masking.mask(person.value()), "verify", clerk.auditName(), clerk.channelName(),
                    clerk.window(), existing.map(a -> a.level().name()).orElse(null), Level.VERIFIED.name(), null,
                    "{\"method\":\"" + method + "\"" + (p == null ? "" : ",\"phone\":\"" + Message.maskPhone(p) + "\"") + "}"));
            return account(tx.connection(), person.value()).orElseThrow();
        });
        cache.removePerson(person.value()); // the level is read again at the next request
        return done;
    }

    @Override
    public int revoke(String number, Actor actor) {
        PartyNumber person = person(number);
        Instant now = clock.instant();
        int n = db.write(tx -> {
            PreparedStatement a = tx.prepare("UPDATE online_account SET revoked_at = ? WHERE person = ?");
            Sql.setInstant(a, 1, now);
            a.setString(2, person.value());
            if (a.executeUpdate() == 0) {
                throw HallException.notFound("unknown_applicant", Masking.mask(person.value()) + " has no online account");
            }
            PreparedStatement s = tx.prepare("UPDATE online_session SET revoked_at = ? WHERE person = ? AND revoked_at IS NULL AND expires_at > ?");
            Sql.setInstant(s, 1, now);
            s.setString(2, person.value());
            Sql.setInstant(s, 3, now);
            int open = s.executeUpdate();
            tx.audit(new AuditRecord("applicant", Masking.mask(person.value()), "revoke", actor.auditName(), actor.channelName(), null,
                    null, null, null, "{\"sessions\":" + open + "}"));
            return open;
        });
        cache.removePerson(person.value());
        return n;
    }

    @Override
    public List<ActingFor> actingFor(String person) {
        List<ActingFor> out = new ArrayList<>();
        parties.actingFor(person).forEach(l -> out.add(new ActingFor(l.enterprise(),
                parties.find(l.enterprise()).map(p -> p.name()).orElse(l.enterprise()), l.role())));
        return out;
    }

    private PartyNumber person(String number) {
        if (number == null || number.isBlank()) {
            throw HallException.invalid("number", "number (居民身份证号码) is required");
        }
        PartyNumber n = parties.parse(number, "number");
        if (n.kind() != PartyType.PERSON) {
            throw HallException.invalid("number", "an applicant logs in with a resident ID number; an enterprise is represented by its agent");
        }
        return n;
    }

    private static String phone(String phone) {
        if (phone == null || !PHONE.matcher(phone.trim()).matches()) {
            throw HallException.invalid("phone", "phone is an 11-digit mobile number starting with 1 (e.g. 13800138000)");
        }
        return phone.trim();
    }
}
