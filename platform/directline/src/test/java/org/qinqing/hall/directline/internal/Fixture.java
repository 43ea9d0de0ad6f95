package org.qinqing.hall.directline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.calendar.internal.CalendarService;
import org.qinqing.hall.sla.internal.Records;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.Notice;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** The module on a fresh Derby database with the real calendar and the SLA module's records, at a clock tests move. */
final class Fixture {
    static final Set<String> DEPARTMENTS = Set.of("market", "hr", "finance", "industry", "planning", "tax", "sci", "ecology", "ndrc");
    static final Actor ADMIN = Actor.staff("admin", Set.of("admin"), null, null);
    static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    static final Actor SUPERVISOR = Actor.staff("supervisor", Set.of("supervisor"), null, null);
    static final Actor MARKET = Actor.staff("approver-market", Set.of("approver", "dept:market"), null, null);
    static final Actor HR = Actor.staff("approver-hr", Set.of("approver", "dept:hr"), null, null);
    /** A company with a valid credit code, and its agent. */
    static final String COMPANY = "91110000600037341L";
    static final String AGENT = "11010519491231002X";

    final AtomicReference<Instant> now = new AtomicReference<>();
    final HallClock clock = now::get;
    final List<Notice> sent = new ArrayList<>();
    final JdbcDatabase db;
    final CalendarService calendar;
    final EnterpriseRegistry enterprises;
    final Rectifications rectifications;
    final RatingService ratings;
    final DemandService demands;
    final NoticeService notices;

    Fixture(List<EventSource> extraSources) {
        at(LocalDate.of(2026, 3, 2));
        db = TestStore.started(TestStore.fresh(), clock);
        calendar = new CalendarService(db, clock, TestStore.module(CalendarService.class, "calendar"));
        calendar.start();
        db.migrate("sla", TestStore.module(Records.class, "sla"));
        db.migrate("directline", TestStore.module(DemandService.class, "directline"));
        enterprises = new EnterpriseRegistry(db, DEPARTMENTS::contains);
        rectifications = new Rectifications(db, calendar, new Records(), 5);
        List<EventSource> sources = new ArrayList<>(extraSources);
        sources.add(0, new DemandSubjects(db, (enterprise, person) -> enterprise.equals(COMPANY) && person.equals(AGENT)));
        ratings = new RatingService(db, calendar, sources, rectifications, 2, new TicketSubjects(List.of()));
        demands = new DemandService(db, calendar, clock, enterprises, DEPARTMENTS::contains,
                (enterprise, person) -> enterprise.equals(COMPANY) && person.equals(AGENT), new Records());
        notices = new NoticeService(db, sent::addAll);
    }

    void at(LocalDate day) {
        now.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    void stop() throws InterruptedException {
        db.stop();
    }

    /** A finished case as the case module would describe it, proven by the access code ABCD2345. */
    static EventSource cases(String... numbers) {
        return (subject, code, suffix, applicant) -> List.of(numbers).contains(subject) && "ABCD2345".equals(code)
                ? Optional.of(new RatedEvent("CASE", subject, "market", "食品经营许可", "A01", "clerk"))
                : Optional.empty();
    }
}
