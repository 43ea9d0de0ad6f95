package org.qinqing.hall.floor.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.Window;
import org.qinqing.hall.store.Tx;

/**
 * One unit's call-next requests, served in arrival order: per site the seats are read once and
 * the candidates of all calling windows once ({@link CallOrder#forWindows}, enough of each class
 * for every window); each window then claims its best candidate by {@link Ranking} that no window
 * before it took. A window whose classes ran short (claims lost to other nodes) reads its own again.
 */
final class CallBatch {
    private static final CallOrder ORDER = new CallOrder(4);
    private final Tx tx;
    private final Instant now;
    private final LocalDate day;
    private final Instant overdueBefore;

    CallBatch(Tx tx, Rules rules) {
        this.tx = tx;
        this.now = tx.now();
        this.day = LocalDate.ofInstant(now, HallClock.ZONE);
        this.overdueBefore = now.minusSeconds(60L * rules.walkInThresholdMinutes());
    }

    /** @return each request's call (empty when nobody waits for its window), or the HallException refusing it */
    Map<NextCalls.Request, Object> serve(List<NextCalls.Request> requests) throws SQLException {
        Map<String, List<NextCalls.Request>> bySite = new LinkedHashMap<>();
        requests.forEach(r -> bySite.computeIfAbsent(r.site.code(), s -> new ArrayList<>()).add(r));
        Map<NextCalls.Request, Object> out = new HashMap<>();
        for (List<NextCalls.Request> group : bySite.values()) {
            Site site = group.get(0).site;
            Map<String, String> seats = seats(site);
            List<NextCalls.Request> seated = new ArrayList<>();
            for (NextCalls.Request r : group) {
                if (r.clerk.equals(seats.get(r.window.code()))) {
                    seated.add(r);
                } else {
                    out.put(r, Calling.notSignedIn(r.window.code(), r.clerk));
                }
            }
            if (seated.isEmpty()) {
                continue;
            }
            Set<String> queues = new TreeSet<>();
            Set<String> windows = new TreeSet<>();
            seated.forEach(r -> {
                queues.addAll(r.window.queues());
                windows.add(r.window.code());
            });
            CallOrder.Read read = CallOrder.forWindows(tx, site, queues, windows, day, seated.size() + 4);
            Set<Long> taken = new HashSet<>();
            for (NextCalls.Request r : seated) {
                Calling.finishCurrent(tx, r.window.code(), now);
                out.put(r, call(site, r, read, taken));
            }
        }
        return out;
    }

    private Optional<Call> call(Site site, NextCalls.Request r, CallOrder.Read read, Set<Long> taken) throws SQLException {
        Window window = r.window;
        for (List<Long> ids; (ids = read.best(window, overdueBefore, taken)) != null; ) {
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            long id = ids.get(0);
            taken.add(id);
            if (claim(id, r)) {
                return Optional.of(called(site, r, id));
            }
        }
        // the shared read ran short for this window: read its own, as a lone call does
        List<Long> candidates;
        do {
            candidates = ORDER.candidates(tx, site, window, day, overdueBefore);
            for (long id : candidates) {
                taken.add(id);
                if (claim(id, r)) {
                    return Optional.of(called(site, r, id));
                }
            }
        } while (!candidates.isEmpty());
        return Optional.empty();
    }

    private boolean claim(long id, NextCalls.Request r) throws SQLException {
        return Calling.claim(tx, id, r.window.code(), r.clerk, now);
    }

    private Call called(Site site, NextCalls.Request r, long id) throws SQLException {
        Ticket t = Calling.load(tx, id);
        Calling.announce(tx, site, t, r.window, now, false);
        return new Call(t, r.window.code(), r.window.number(), 0);
    }

    private Map<String, String> seats(Site site) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT window_code, clerk FROM floor_seat WHERE site = ?");
        ps.setString(1, site.code());
        Map<String, String> seats = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seats.put(rs.getString(1), rs.getString(2));
            }
        }
        return seats;
    }
}
