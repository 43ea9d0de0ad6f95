package org.qinqing.hall.directline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.InvalidNumberException;
import org.qinqing.hall.directline.Category;
import org.qinqing.hall.directline.Enterprise;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.directline.ImportReport;
import org.qinqing.hall.store.AuditRecord;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;

/** {@link Enterprises} on the dl_enterprise table. */
public final class EnterpriseRegistry implements Enterprises {
    /** Lines written per transaction: big enough to share log flushes, small enough not to hold the writer long. */
    private static final int CHUNK = 500;

    private final Database db;
    private final Predicate<String> departments;

    public EnterpriseRegistry(Database db, Predicate<String> departments) {
        this.db = db;
        this.departments = departments;
    }

    @Override
    public ImportReport importCsv(Reader csv, Actor actor) {
        if (!actor.has(Roles.ADMIN)) {
            throw HallException.forbidden("only an admin imports enterprises");
        }
        long start = System.nanoTime();
        List<ImportReport.BadLine> bad = new ArrayList<>();
        List<Enterprise> good = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || (n == 1 && isHeader(line))) {
                    continue;
                }
                lines++;
                try {
                    Enterprise e = parse(line);
                    Integer earlier = seen.putIfAbsent(e.creditCode(), n);
                    if (earlier != null) {
                        throw new IllegalArgumentException("credit code " + e.creditCode() + " is already on line " + earlier);
                    }
                    good.add(e);
                } catch (IllegalArgumentException ex) {
                    bad.add(new ImportReport.BadLine(n, ex.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < good.size(); i += CHUNK) {
            List<Enterprise> chunk = good.subList(i, Math.min(good.size(), i + CHUNK));
            db.write(tx -> {
                for (Enterprise e : chunk) {
                    upsert(tx, e);
                }
                return null;
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        db.write(tx -> {
            tx.audit(new AuditRecord("enterprise", "import", "enterprises-import", actor.auditName(), actor.channelName(), null, null,
                    null, null, "{\"imported\":" + good.size() + ",\"bad\":" + bad.size() + "}"));
            return null;
        });
        return new ImportReport(lines, good.size(), bad, millis);
    }

    private static boolean isHeader(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("creditcode") || l.startsWith("credit_code") || l.startsWith("统一社会信用代码");
    }

    /** @throws IllegalArgumentException naming what is wrong with the line */
    static Enterprise parse(String line, Predicate<String> departments) {
        List<String> f = Csv.split(line);
        if (f == null) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (f.size() != 6) {
            throw new IllegalArgumentException("expected 6 fields (creditCode,name,categories,industry,leader,liaisonDepartment), found " + f.size());
        }
        String code;
        try {
            code = CreditCodes.validate(f.get(0));
        } catch (InvalidNumberException e) {
            throw new IllegalArgumentException("creditCode: " + e.getMessage());
        }
        String name = f.get(1);
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        Set<Category> cats = EnumSet.noneOf(Category.class);
        for (String c : f.get(2).split("[;|；]")) {
            if (c.isBlank()) {
                continue;
            }
            Category cat = Category.parse(c);
            if (cat == null) {
                throw new IllegalArgumentException("categories: unknown category '" + c.trim() + "'");
            }
            cats.add(cat);
        }
        if (cats.isEmpty()) {
            throw new IllegalArgumentException("categories: at least one category");
        }
        String industry = f.get(3);
        if (industry.isEmpty() || industry.length() > 60) {
            throw new IllegalArgumentException("industry: 1 to 60 characters");
        }
        String leader = f.get(4);
        if (leader.isEmpty() || leader.length() > 60) {
            throw new IllegalArgumentException("leader: 1 to 60 characters");
        }
        String dept = f.get(5);
        if (!departments.test(dept)) {
            throw new IllegalArgumentException("liaisonDepartment: unknown department '" + dept + "'");
        }
        boolean key = cats.stream().anyMatch(c -> c != Category.SMALL_MICRO);
        return new Enterprise(code, name, Set.copyOf(cats), industry, leader, dept, key);
    }

    private Enterprise parse(String line) {
        return parse(line, departments);
    }

    private static void upsert(Tx tx, Enterprise e) throws SQLException {
        String cats = ";" + e.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(";")) + ";";
        PreparedStatement up = tx.prepare("UPDATE dl_enterprise SET name = ?, categories = ?, industry = ?, leader = ?,"
                + " liaison_department = ?, key_enterprise = ?, updated_at = ? WHERE credit_code = ?");
        up.setString(1, e.name());
        up.setString(2, cats);
        up.setString(3, e.industry());
        up.setString(4, e.leader());
        up.setString(5, e.liaisonDepartment());
        up.setInt(6, e.key() ? 1 : 0);
        Sql.setInstant(up, 7, tx.now());
        up.setString(8, e.creditCode());
        if (up.executeUpdate() == 0) {
            PreparedStatement in = tx.prepare("INSERT INTO dl_enterprise (name, categories, industry, leader, liaison_department,"
                    + " key_enterprise, updated_at, credit_code) VALUES (?,?,?,?,?,?,?,?)");
            in.setString(1, e.name());
            in.setString(2, cats);
            in.setString(3, e.industry());
            in.setString(4, e.leader());
            in.setString(5, e.liaisonDepartment());
            in.setInt(6, e.key() ? 1 : 0);
            Sql.setInstant(in, 7, tx.now());
            in.setString(8, e.creditCode());
            in.executeUpdate();
        }
    }

    @Override
    public Optional<Enterprise> get(String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dl_enterprise WHERE credit_code = ?")) {
                ps.setString(1, creditCode.trim().toUpperCase(java.util.Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(of(rs)) : Optional.<Enterprise>empty();
                }
            }
        });
    }

    @Override
    public List<Enterprise> list(Category category, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dl_enterprise" + (category == null ? "" : " WHERE categories LIKE ?")
                    + " ORDER BY name FETCH FIRST " + Math.max(1, Math.min(10_000, limit)) + " ROWS ONLY")) {
                if (category != null) {
                    ps.setString(1, "%;" + category.name() + ";%");
                }
                List<Enterprise> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(of(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<Category, Integer> counts() {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT categories FROM dl_enterprise"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (String s : rs.getString(1).split(";")) {
                        if (!s.isEmpty()) {
                            out.merge(Category.valueOf(s), 1, Integer::sum);
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    static Enterprise of(ResultSet rs) throws SQLException {
        Set<Category> cats = EnumSet.noneOf(Category.class);
        for (String s : rs.getString("categories").split(";")) {
            if (!s.isEmpty()) {
                cats.add(Category.valueOf(s));
            }
        }
        return new Enterprise(rs.getString("credit_code"), rs.getString("name"), Set.copyOf(cats), rs.getString("industry"),
                rs.getString("leader"), rs.getString("liaison_department"), rs.getInt("key_enterprise") == 1);
    }
}
