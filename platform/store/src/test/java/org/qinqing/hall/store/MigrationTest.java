package org.qinqing.hall.store;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class MigrationTest {

    @Test
    public void aDialectsFileReplacesTheStatementsOnThatDatabaseOnly() {
        Migration m = new Migration(3, "head", "CALL SYSCS_UTIL.X();\nCREATE TABLE t (c CLOB);",
                Map.of(Migration.POSTGRESQL, "-- nothing of Derby's\nCREATE TABLE t (c TEXT);"));
        assertEquals(List.of("CALL SYSCS_UTIL.X()", "CREATE TABLE t (c CLOB)"), m.statements(Migration.DERBY));
        assertEquals(List.of("CREATE TABLE t (c TEXT)"), m.statements(Migration.POSTGRESQL));
        assertEquals(m.statements(Migration.DERBY), m.statements());
    }

    @Test
    public void theDialectIsTakenFromTheConnectionsProductName() {
        assertEquals(Migration.POSTGRESQL, Migration.dialectOf("PostgreSQL"));
        assertEquals(Migration.DERBY, Migration.dialectOf("Apache Derby"));
    }

    @Test
    public void aMigrationWithoutDialectsRunsTheSameEverywhere() {
        Migration m = new Migration(1, "t", "CREATE TABLE t (id INT);");
        assertEquals(m.statements(Migration.DERBY), m.statements(Migration.POSTGRESQL));
    }
}
