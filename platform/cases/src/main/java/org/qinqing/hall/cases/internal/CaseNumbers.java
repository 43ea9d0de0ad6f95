package org.qinqing.hall.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.qinqing.hall.store.Database;

/**
 * Case numbers {@code NS<yyyyMMdd><sequence>}: the hall prefix, the day of submission and a
 * hall-wide sequence. Sequence numbers are reserved in blocks of 100 (one durable write per block),
 * so a number is known before the department's handler sees the application; numbers of a block
 * left unused by a crash are skipped, never reused.
 */
final class CaseNumbers {
    static final int BLOCK = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Database db;
    private long next;
    private long end;

    CaseNumbers(Database db) {
        this.db = db;
    }

    synchronized String next(LocalDate today) {
        if (next == end) {
            long block = db.write(tx -> tx.next("case-block"));
            next = block * BLOCK;
            end = next + BLOCK;
        }
        return "NS" + today.format(DAY) + String.format("%07d", next++);
    }

    /** @return the case row id embedded in a case number (its sequence) */
    static long id(String caseNumber) {
        return Long.parseLong(caseNumber.substring(10));
    }
}
