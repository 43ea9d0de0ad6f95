package org.qinqing.hall.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The writes a unit asked to run later ({@link org.qinqing.hall.store.Tx#later}), on PostgreSQL: each is kept with its
 * parameters, and all go to the server as one statement text of several statements, which the driver sends in one
 * round trip (one Sync), before the unit's next statement or at its end. A unit of a talent-settlement case makes some
 * forty INSERTs and UPDATEs whose outcome it does not read; one at a time, each waited for its own answer.
 *
 * <p>To keep the parameters, the statements a unit gets from {@code Tx.prepare} on PostgreSQL are {@link Recorded}
 * proxies: every {@code setXxx(index, …)} goes to the driver's statement and is noted; any {@code execute…} first sends
 * the writes waiting here, so a unit always reads what it wrote, in order.
 */
final class LaterWrites {
    /** Placeholders per statement text (counted once; the texts are the modules' constants). */
    private static final Map<String, Integer> PLACEHOLDERS = new ConcurrentHashMap<>();

    /** A write waiting: its text, its parameter calls and what to throw when it changes not exactly one row. */
    private record Write(String sql, Object[][] calls, Supplier<? extends RuntimeException> otherwise) {
    }

    private final List<Write> pending = new ArrayList<>();
    private final Lane lane;

    LaterWrites(Lane lane) {
        this.lane = lane;
    }

    /** @return the lane's statement for {@code sql}, noting the parameters set on it */
    PreparedStatement recorded(PreparedStatement target, String sql) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new Recorded(target, sql));
    }

    /**
     * Takes a write for later, or runs it now when it is not a statement of this lane's (or its parameters do not
     * match its placeholders).
     */
    void add(PreparedStatement write, Supplier<? extends RuntimeException> otherwise) throws SQLException {
        Recorded r = Proxy.isProxyClass(write.getClass()) && Proxy.getInvocationHandler(write) instanceof Recorded h && h.owner() == this
                ? h : null;
        Object[][] calls = r == null || r.set != placeholders(r.sql) ? null : new Object[r.set][];
        for (int i = 0; calls != null && i < calls.length; i++) {
            calls[i] = r.calls[i];
            if (calls[i] == null) {
                calls = null; // a parameter not set: let the driver say which
            }
        }
        if (calls == null) {
            now(write, otherwise);
            return;
        }
        pending.add(new Write(r.sql, calls, otherwise));
    }

    /** Runs a write now (Derby, or a statement not the lane's). */
    static void now(PreparedStatement write, Supplier<? extends RuntimeException> otherwise) throws SQLException {
        int n = write.executeUpdate();
        if (otherwise != null && n != 1) {
            throw otherwise.get();
        }
    }

    /** Forgets what waits (the unit failed; its transaction goes back to its savepoint). */
    void clear() {
        pending.clear();
    }

    /** Sends the writes that wait, in one round trip. */
    void flush() throws SQLException {
        flush(null);
    }

    /**
     * Sends the writes that wait, followed by {@code then} (SQL without parameters, e.g. the savepoint's turn to the next
     * unit), in one round trip; {@code then} alone when nothing waits. A write whose count is to be checked is sent as
     * {@link #checked}, so that a wrong count fails in the server, before {@code then} runs: were {@code then} the
     * savepoint's release, a check after it could no longer undo the unit's writes.
     *
     * @throws RuntimeException what a write's {@code otherwise} supplies when it changed not exactly one row
     */
    void flush(String then) throws SQLException {
        if (pending.isEmpty()) {
            if (then != null) {
                lane.execute(then);
            }
            return;
        }
        List<Write> writes = new ArrayList<>(pending);
        pending.clear();
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < writes.size(); k++) {
            Write w = writes.get(k);
            text.append(k == 0 ? "" : "; ").append(w.otherwise() == null ? w.sql() : checked(w.sql(), k));
        }
        if (then != null) {
            text.append("; ").append(then);
        }
        PreparedStatement ps = lane.prepareCombined(text.toString());
        int offset = 0;
        for (Write w : writes) {
            for (Object[] call : w.calls()) {
                Object[] args = ((Object[]) call[1]).clone();
                args[0] = (Integer) args[0] + offset;
                invoke((Method) call[0], ps, args);
            }
            offset += w.calls().length;
        }
        try {
            ps.execute();
        } catch (SQLException e) {
            int k = failedCheck(e);
            if (k >= 0 && k < writes.size() && writes.get(k).otherwise() != null) {
                throw writes.get(k).otherwise().get();
            }
            throw e;
        }
    }

    /** The marker of a failed count check, followed by the write's place in its round trip. */
    private static final String CHECK = "hall_later_check_";

    /**
     * PostgreSQL: the write, failing in the server unless it changed exactly one row (a cast of the marker to an integer:
     * SQLState 22P02 naming the marker; the count is known only when the statement runs, so nothing is folded before).
     */
    static String checked(String sql, int k) {
        return "WITH hall_checked AS (" + sql + " RETURNING 1) SELECT CAST(CASE WHEN COUNT(*) = 1 THEN '1' ELSE '" + CHECK + k
                + "' END AS INTEGER) FROM hall_checked";
    }

    /** @return the place of the write whose count check failed, or -1 */
    static int failedCheck(SQLException e) {
        String message = e.getMessage();
        int at = message == null || !"22P02".equals(e.getSQLState()) ? -1 : message.indexOf(CHECK);
        if (at < 0) {
            return -1;
        }
        int from = at + CHECK.length();
        int to = from;
        while (to < message.length() && Character.isDigit(message.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Integer.parseInt(message.substring(from, to));
    }

    private static Object invoke(Method m, Object target, Object[] args) throws SQLException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the {@code ?} placeholders of {@code sql} outside quotes and comments */
    static int placeholders(String sql) {
        return PLACEHOLDERS.computeIfAbsent(sql, LaterWrites::count);
    }

    private static int count(String sql) {
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '?') {
                n++;
            }
        }
        return n;
    }

    /** A statement of the lane that notes its parameters and sends the waiting writes before it runs. */
    private final class Recorded implements InvocationHandler {
        private final PreparedStatement target;
        private final String sql;
        /** By parameter index − 1: {method, args} of the last call that set it. */
        private Object[][] calls = new Object[8][];
        /** The highest parameter index set. */
        private int set;

        Recorded(PreparedStatement target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        LaterWrites owner() {
            return LaterWrites.this;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            if (m.getDeclaringClass() == PreparedStatement.class && name.startsWith("set") && args != null && args.length >= 2
                    && args[0] instanceof Integer index && index >= 1) {
                if (index > calls.length) {
                    calls = Arrays.copyOf(calls, Math.max(index, calls.length * 2));
                }
                calls[index - 1] = new Object[] {m, args.clone()};
                set = Math.max(set, index);
            } else if (name.equals("clearParameters")) {
                Arrays.fill(calls, null);
                set = 0;
            } else if (name.startsWith("execute")) {
                flush();
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
