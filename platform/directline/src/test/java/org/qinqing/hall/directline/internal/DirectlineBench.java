package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.directline.ImportReport;
import org.qinqing.hall.spi.Notice;

/**
 * Figures for docs/benchmarks.md (not part of the normal build):
 * {@code mvn -B -pl platform/directline test -Dtest=DirectlineBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * The seed's 3,875 enterprises imported from CSV, and the escalation scan over 100,000 open demands of which 1,000 are due.
 */
public class DirectlineBench {
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture(List.of());
    }

    @After
    public void stop() throws Exception {
        f.stop();
    }

    @Test
    public void importsTheSeedsEnterprisesUnderFiveSeconds() {
        String[] cats = {"INDUSTRY_TOP100", "SERVICES_TOP100", "TAX_TOP100", "LISTED", "UNICORN", "HIGH_TECH", "SMALL_MICRO"};
        StringBuilder csv = new StringBuilder("creditCode,name,categories,industry,leader,liaisonDepartment\n");
        for (int i = 1; i <= 3875; i++) {
            csv.append(Codes.line(i, cats[i % cats.length] + (i % 5 == 0 ? ";HIGH_TECH" : ""), i % 2 == 0 ? "软件" : "制造")).append('\n');
        }
        ImportReport r = f.enterprises.importCsv(new StringReader(csv.toString()), Fixture.ADMIN);
        assertEquals(3875, r.imported());
        System.out.printf("BENCH import: %d enterprises in %d ms%n", r.imported(), r.millis());
        ImportReport again = f.enterprises.importCsv(new StringReader(csv.toString()), Fixture.ADMIN);
        System.out.printf("BENCH re-import (all updates): %d enterprises in %d ms%n", again.imported(), again.millis());
        assertTrue("under 5 s: " + r.millis(), r.millis() < 5000);
    }

    @Test
    public void escalationScanOverAHundredThousandOpenDemands() {
        f.enterprises.importCsv(new StringReader(Codes.line(1, "LISTED", "软件")), Fixture.ADMIN);
        String company = Codes.code(1);
        LocalDate today = LocalDate.of(2026, 3, 2);
        // 100,000 open demands written straight into the table: 99,000 not yet due, 1,000 due today
        for (int from = 0; from < 100_000; from += 5_000) {
            int start = from;
            f.db.write(tx -> {
                PreparedStatement ps = tx.prepare("INSERT INTO dl_demand (id, demand_number, enterprise, key_enterprise, kind, category, text,"
                        + " addressed_to, department, status, submitted_by, submitted_at, submitted_on, response_due, answer_due, rung, next_rung_on,"
                        + " reopens, version) VALUES (?,?,?,1,'DEMAND','policy','bench','industry','industry','SUBMITTED','bench',?,?,?,?,0,?,0,1)");
                for (int i = start; i < start + 5_000; i++) {
                    boolean due = i % 100 == 0;
                    ps.setLong(1, 10_000_000L + i);
                    ps.setString(2, "ZTBENCH" + i);
                    ps.setString(3, company);
                    ps.setTimestamp(4, Timestamp.valueOf(today.atStartOfDay()));
                    ps.setDate(5, Date.valueOf(today.minusDays(3)));
                    ps.setDate(6, Date.valueOf(due ? today.minusDays(1) : today.plusDays(1)));
                    ps.setDate(7, Date.valueOf(today.plusDays(5)));
                    ps.setDate(8, Date.valueOf(due ? today : today.plusDays(2)));
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            });
        }
        List<Notice> out = new ArrayList<>();
        long t = System.nanoTime();
        int fired = f.demands.scan(today, out::add);
        long firstMs = (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();
        int again = f.demands.scan(today, out::add);
        long idleMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("BENCH escalation scan over 100,000 open demands: %d due fired in %d ms; next scan (none due) %d ms%n", fired, firstMs, idleMs);
        assertEquals(1000, fired);
        assertEquals(0, again);
        assertTrue("under 1 s: " + firstMs, firstMs < 1000);
    }
}
