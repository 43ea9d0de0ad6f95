package org.qinqing.hall.directline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.TicketLookup;

/**
 * Served tickets as rateable events, through whichever {@link TicketLookup} the floor module registers. The proof is the
 * ticket's rating code (评价码) given as the access code: printed on the slip, and shown to the window's tablet (a
 * kiosk account's session). The ticket id alone proves nothing: it is a sequential number.
 */
public final class TicketSubjects implements EventSource {
    private final List<TicketLookup> lookups;

    /** @param lookups the registered lookups (a Blueprint reference-list; empty while the floor module is away) */
    public TicketSubjects(List<TicketLookup> lookups) {
        this.lookups = lookups;
    }

    @Override
    public Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant) {
        for (TicketLookup l : List.copyOf(lookups)) {
            Optional<TicketLookup.ServedTicket> t = l.served(subject);
            if (t.isPresent()) {
                TicketLookup.ServedTicket s = t.get();
                if (!proven(s.ratingCode(), accessCode)) {
                    throw HallException.notFound("unknown_subject", "no finished service " + subject + " with that proof");
                }
                return Optional.of(new RatedEvent("TICKET", subject, s.department(), s.service(), s.window(), s.clerk()));
            }
        }
        return Optional.empty();
    }

    /** Compares in constant time, so the answer's timing tells nothing of the code. */
    private static boolean proven(String ratingCode, String accessCode) {
        return ratingCode != null && accessCode != null
                && MessageDigest.isEqual(ratingCode.getBytes(StandardCharsets.UTF_8), accessCode.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** @param window a window @return its last finished service */
    public Optional<TicketLookup.ServedTicket> lastServed(String window) {
        for (TicketLookup l : List.copyOf(lookups)) {
            Optional<TicketLookup.ServedTicket> t = l.lastServed(window);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
