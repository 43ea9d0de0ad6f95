package org.qinqing.hall.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;

/** Portable column conversions: instants are stored as UTC timestamps whatever the JVM's zone. */
public final class Sql {
    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private Sql() {
    }

    /** Sets an instant (or NULL) as a UTC timestamp. */
    public static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(i, Timestamp.from(value), UTC.get());
        }
    }

    /** @return the instant of a UTC timestamp column, or {@code null} */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, UTC.get());
        return t == null ? null : t.toInstant();
    }

    /** @return the instant in the column at {@code index}, or {@code null} */
    public static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, UTC.get());
        return t == null ? null : t.toInstant();
    }

    /** Sets a date (or NULL). */
    public static void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(value));
        }
    }

    /** @return the date column, or {@code null} */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** @return the date in the column at {@code index}, or {@code null} */
    public static LocalDate date(ResultSet rs, int index) throws SQLException {
        Date d = rs.getDate(index);
        return d == null ? null : d.toLocalDate();
    }

    /** Sets a string (or NULL). */
    public static void setString(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }
}
