package org.qinqing.hall.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.floor.Slot;
import org.qinqing.hall.floor.TicketRequest;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.spi.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue floor's demo, for today: the unicorn enterprise on the VIP registry with the supervisor as its
 * specialist (专员) and a booking made online by its agent; bookings and walk-in tickets at the main hall and
 * two street centres (南山, 蛇口), some checked in; one ticket called and served at window 1 so the day's
 * waits have a figure — through the same service the windows and the kiosks use.
 */
final class FloorDemo {
    /** The main hall and two street centres. */
    static final List<String> SITES = List.of("hall", "nanshan", "shekou");
    private static final Logger LOG = LoggerFactory.getLogger(FloorDemo.class);
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final String[] ITEMS = {"police-no-criminal-record", "health-family-planning-certificate"};

    private FloorDemo() {
    }

    static void seed(Floor floor, Parties parties, LocalDate today) {
        List<DemoPeople.Party> people = DemoPeople.people();
        DemoPeople.Party unicorn = DemoPeople.enterprises().get(0);
        DemoPeople.Party agent = people.get(0);
        floor.putVip(new VipParty(unicorn.number(), "ENTERPRISE", unicorn.name(), "独角兽", "supervisor", null, null), "supervisor");
        try {
            parties.addAgent(unicorn.number(), agent.number(), "经办人", CLERK);
        } catch (HallException already) {
            LOG.debug("Demo: the unicorn's agent is already recorded");
        }
        int tickets = 0;
        List<Appointment> bookings = new ArrayList<>();
        Appointment vip = book(floor, new AppointmentRequest("hall", ITEMS[0], null, null, unicorn.number(), null, unicorn.number()),
                agent.number(), today);
        if (vip != null) {
            bookings.add(vip);
        }
        for (int s = 0; s < SITES.size(); s++) {
            String site = SITES.get(s);
            for (int i = 0; i < 2; i++) {
                DemoPeople.Party p = people.get(1 + s * 3 + i);
                Appointment a = book(floor, new AppointmentRequest(site, ITEMS[i % 2], null, null, p.number(), null, null), p.number(), today);
                if (a != null) {
                    bookings.add(a);
                }
            }
        }
        int booked = bookings.size();
        for (Appointment a : bookings) {
            tickets += take(floor, a.site(), new TicketRequest(null, null, null, a.appointmentNumber(), null)) ? 1 : 0;
        }
        for (int s = 0; s < SITES.size(); s++) {
            for (int i = 0; i < 2; i++) {
                DemoPeople.Party p = people.get(3 + s * 2 + i < people.size() ? 3 + s * 2 + i : i);
                tickets += take(floor, SITES.get(s), new TicketRequest(null, ITEMS[(s + i) % 2], p.number(), null, null)) ? 1 : 0;
            }
        }
        serveOne(floor);
        LOG.info("Demo data: the queue floor has {} bookings and {} tickets today at {}", booked, tickets, SITES);
    }

    /** Books the first slot of today still open (or of the next day with one), as the applicant online. */
    private static Appointment book(Floor floor, AppointmentRequest r, String by, LocalDate today) {
        // the slots of the site's first queue; a listed party's booking is moved to the VIP queue by the floor
        for (int d = 0; d < 7; d++) {
            LocalDate day = today.plusDays(d);
            for (Slot slot : floor.slots(r.site(), day)) {
                if (slot.booked() >= slot.capacity()) {
                    continue;
                }
                try {
                    return floor.book(new AppointmentRequest(r.site(), r.itemCode(), day.toString(), slot.slot(), r.applicantNumber(), null,
                            r.enterpriseNumber()), by, true);
                } catch (HallException past) {
                    LOG.debug("Demo: slot {} {} not bookable ({})", day, slot.slot(), past.getMessage());
                }
            }
        }
        LOG.info("Demo: no open slot at {} within 7 days", r.site());
        return null;
    }

    private static boolean take(Floor floor, String site, TicketRequest r) {
        try {
            floor.take(site, r, "kiosk");
            return true;
        } catch (HallException closed) {
            // outside opening hours or before the check-in window: the demo has fewer tickets, nothing more
            LOG.info("Demo: no ticket at {} ({})", site, closed.getMessage());
            return false;
        }
    }

    private static void serveOne(Floor floor) {
        try {
            floor.signIn("1", "clerk");
            try {
                if (floor.callNext("1", "clerk").isPresent()) {
                    floor.serve("1", "clerk");
                    floor.done("1", "clerk");
                }
            } finally {
                floor.signOut("1", "clerk");
            }
        } catch (HallException e) {
            LOG.info("Demo: window 1 served nobody ({})", e.getMessage());
        }
    }
}
