package org.qinqing.hall.composite.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.store.Database;

/**
 * Composite case numbers {@code NC<yyyyMMdd><sequence>}, known before the composite's write so
 * that the sub-cases it starts at once can be prepared with it. Sequences are reserved in blocks
 * of 100: the counter {@code composite} holds the last block {@code b} reserved, sequences
 * {@code 100(b-1)+1 … 100b} (a fresh hall starts at 1; before blocks the counter held the last
 * sequence {@code v}, and the first block then starts above it at {@code 100v+1}). Numbers of a
 * block left unused by a restart are skipped, never reused.
 */
final class CompositeNumbers {
    static final int BLOCK = 100;

    private final Database db;
    private long next;
    private long end;

    CompositeNumbers(Database db) {
        this.db = db;
    }

    /** @return the next sequence: the composite's row id and the tail of its number */
    synchronized long next() {
        if (next == end) {
            long block = db.write(tx -> tx.next("composite"));
            next = (block - 1) * BLOCK + 1;
            end = next + BLOCK;
        }
        return next++;
    }

    static String number(LocalDate day, long seq) {
        return String.format("%s%s%07d", Composites.NUMBER_PREFIX, day.format(DateTimeFormatter.BASIC_ISO_DATE), seq % 10_000_000);
    }
}
