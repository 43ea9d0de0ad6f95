package org.qinqing.hall.sla.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.api.SlaStats;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;

/** SLA statistics: decided cases of a period against their limits, per department or item, with the catalogue's compression. */
final class Stats {
    private final Database db;
    private final Catalogue catalogue;

    Stats(Database db, Catalogue catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /** Accumulates one group. */
    private static final class Acc {
        final String key;
        String name;
        final List<Integer> elapsed = new ArrayList<>();
        int onTimePromised;
        int onTimeLegal;
        long promisedLimits;
        long legalLimits;
        int items;
        int halved;
        long catalogueLegal;
        long cataloguePromised;
        int overdueOpen;
        int overdueDecided;
        int suspended;

        Acc(String key, String name) {
            this.key = key;
            this.name = name;
        }

        SlaStats.Row row() {
            int n = elapsed.size();
            List<Integer> sorted = new ArrayList<>(elapsed);
            sorted.sort(Integer::compare);
            Double median = n == 0 ? null : n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            Double mean = n == 0 ? null : sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
            return new SlaStats.Row(key, name, n, onTimePromised, onTimeLegal, n == 0 ? null : onTimePromised / (double) n, mean, median,
                    n == 0 ? null : promisedLimits / (double) n, n == 0 ? null : legalLimits / (double) n, items, halved,
                    catalogueLegal == 0 ? null : 1 - cataloguePromised / (double) catalogueLegal, overdueOpen, overdueDecided, suspended);
        }
    }

    SlaStats compute(LocalDate from, LocalDate to, String department, String item, String groupBy, LocalDate today) {
        boolean byItem = "item".equals(groupBy);
        Map<String, Acc> groups = new TreeMap<>();
        Acc total = new Acc("total", "合计");
        String filter = (department == null ? "" : " AND department = ?") + (item == null ? "" : " AND item_code = ?");
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT department, department_name, item_code, item_name, elapsed_days,"
                    + " promised_days, legal_days, decided_on, promised_deadline, legal_deadline, paused_days FROM hall_case"
                    + " WHERE decided_on >= ? AND decided_on <= ?" + filter)) {
                bind(ps, from, to, department, item);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = byItem ? rs.getString("item_code") : rs.getString("department");
                        String name = byItem ? rs.getString("item_name") : rs.getString("department_name");
                        Acc a = groups.computeIfAbsent(key, k -> new Acc(k, name));
                        for (Acc x : List.of(a, total)) {
                            x.elapsed.add(rs.getInt("elapsed_days"));
                            LocalDate decided = Sql.date(rs, "decided_on");
                            boolean promisedOk = !decided.isAfter(Sql.date(rs, "promised_deadline"));
                            boolean legalOk = !decided.isAfter(Sql.date(rs, "legal_deadline"));
                            x.onTimePromised += promisedOk ? 1 : 0;
                            x.onTimeLegal += legalOk ? 1 : 0;
                            x.overdueDecided += legalOk ? 0 : 1;
                            x.promisedLimits += rs.getInt("promised_days");
                            x.legalLimits += rs.getInt("legal_days");
                            x.suspended += rs.getInt("paused_days");
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT department, department_name, item_code, item_name, COUNT(*) FROM hall_case"
                    + " WHERE closed_at IS NULL AND decided_on IS NULL AND paused_since IS NULL AND legal_deadline < ?"
                    + filter + " GROUP BY department, department_name, item_code, item_name")) {
                Sql.setDate(ps, 1, today);
                int k = 2;
                if (department != null) {
                    ps.setString(k++, department);
                }
                if (item != null) {
                    ps.setString(k, item);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = byItem ? rs.getString(3) : rs.getString(1);
                        String name = byItem ? rs.getString(4) : rs.getString(2);
                        int n = rs.getInt(5);
                        groups.computeIfAbsent(key, x -> new Acc(x, name)).overdueOpen += n;
                        total.overdueOpen += n;
                    }
                }
            }
            return null;
        });
        for (CatalogueItem ci : catalogue.items(new ItemQuery(department, null, null, null))) {
            if (item != null && !item.equals(ci.code())) {
                continue;
            }
            String key = byItem ? ci.code() : ci.department();
            String name = byItem ? ci.item().name() : ci.departmentName();
            Acc a = groups.computeIfAbsent(key, x -> new Acc(x, name));
            for (Acc x : List.of(a, total)) {
                x.items++;
                x.halved += ci.item().halvedLimit() ? 1 : 0;
                x.catalogueLegal += ci.item().legalLimit();
                x.cataloguePromised += ci.item().promisedLimit();
            }
        }
        List<SlaStats.Row> rows = new ArrayList<>();
        groups.values().forEach(a -> rows.add(a.row()));
        return new SlaStats(from.toString(), to.toString(), byItem ? "item" : "department", rows, total.row());
    }

    private static void bind(PreparedStatement ps, LocalDate from, LocalDate to, String department, String item) throws java.sql.SQLException {
        Sql.setDate(ps, 1, from);
        Sql.setDate(ps, 2, to);
        int k = 3;
        if (department != null) {
            ps.setString(k++, department);
        }
        if (item != null) {
            ps.setString(k, item);
        }
    }
}
