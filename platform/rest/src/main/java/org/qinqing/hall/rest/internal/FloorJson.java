package org.qinqing.hall.rest.internal;

import java.util.List;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.BoardCall;
import org.qinqing.hall.floor.Call;
import org.qinqing.hall.floor.Ticket;
import org.qinqing.hall.floor.VipParty;
import org.qinqing.hall.rest.internal.views.CaseJson;

/** The floor's answers in JSON: times as ISO-8601 in the hall's zone, ID numbers masked. */
final class FloorJson {

    private FloorJson() {
    }

    /**
     * A ticket. {@code ratingId} and {@code ratingCode} (评价编号, 评价码: what rates the service once it is done, 好差评)
     * are only in the answer that issues the ticket, for its slip; later answers to the window leave them out, so a
     * clerk cannot rate the service they gave.
     */
    public record TicketJson(String ticket, String queue, String site, String day, String state, int waitingAhead, int estimatedWaitMinutes,
            boolean vip, String specialist, String applicantNumber, String itemCode, String appointmentNumber, String issuedAt,
            String calledAt, String window, String ratingId, String ratingCode) {
    }

    static TicketJson ticket(Ticket t) {
        return ticket(t, false);
    }

    /** @return the ticket as its slip shows it, with what rates it */
    static TicketJson slip(Ticket t) {
        return ticket(t, true);
    }

    private static TicketJson ticket(Ticket t, boolean slip) {
        return new TicketJson(t.ticket(), t.queue(), t.site(), CaseJson.date(t.day()), t.state(), t.waitingAhead(), t.estimatedWaitMinutes(),
                t.vip(), t.specialist(), t.applicantNumber() == null ? null : Masking.mask(t.applicantNumber()), t.itemCode(),
                t.appointmentNumber(), CaseJson.time(t.issuedAt()), CaseJson.time(t.calledAt()), t.window(),
                slip ? String.valueOf(t.id()) : null, slip ? t.ratingCode() : null);
    }

    /** A ticket on the applicant's ticket page: no applicant, no specialist. */
    public record PublicTicketJson(String ticket, String queue, String site, String state, int waitingAhead, int estimatedWaitMinutes,
            String window, String calledAt) {
    }

    static PublicTicketJson publicTicket(Ticket t) {
        return new PublicTicketJson(t.ticket(), t.queue(), t.site(), t.state(), t.waitingAhead(), t.estimatedWaitMinutes(), t.window(),
                CaseJson.time(t.calledAt()));
    }

    /** A call at a window; {@code intake} (the full applicant number and the item) only once the ticket is being served. */
    public record CallJson(String ticket, String queue, String site, String window, int windowNumber, String calledAt, int recalls,
            String state, boolean vip, String specialist, String applicantNumber, String itemCode, String appointmentNumber, Intake intake) {
    }

    /** What opens the intake screen. */
    public record Intake(String applicantNumber, String itemCode, String ticket, String window) {
    }

    static CallJson call(Call c, boolean withIntake) {
        Ticket t = c.ticket();
        return new CallJson(t.ticket(), t.queue(), t.site(), c.window(), c.windowNumber(), CaseJson.time(t.calledAt()), c.recalls(), t.state(),
                t.vip(), t.specialist(), t.applicantNumber() == null ? null : Masking.mask(t.applicantNumber()), t.itemCode(),
                t.appointmentNumber(), withIntake ? new Intake(t.applicantNumber(), t.itemCode(), t.ticket(), c.window()) : null);
    }

    /** A call on a board. */
    public record BoardCallJson(long seq, String ticket, String window, int windowNumber, String calledAt, boolean recall) {
    }

    static BoardCallJson boardCall(BoardCall c) {
        return new BoardCallJson(c.seq(), c.ticket(), c.window(), c.windowNumber(), CaseJson.time(c.calledAt()), c.recall());
    }

    /** A board. */
    public record BoardJson(List<BoardCallJson> calls, java.util.Map<String, Integer> waiting) {
    }

    /** An appointment. */
    public record AppointmentJson(String appointmentNumber, String site, String queue, String itemCode, String date, String slot,
            String applicantNumber, String state, boolean online, boolean vip, String bookedAt) {
    }

    static AppointmentJson appointment(Appointment a) {
        return new AppointmentJson(a.appointmentNumber(), a.site(), a.queue(), a.itemCode(), CaseJson.date(a.date()), a.slot(),
                Masking.mask(a.applicantNumber()), a.state(), a.online(), a.vip(), CaseJson.time(a.bookedAt()));
    }

    /** An appointment slot. */
    public record SlotJson(String site, String queue, String date, String slot, int capacity, int booked, int free) {
    }

    static SlotJson slot(org.qinqing.hall.floor.Slot s) {
        return new SlotJson(s.site(), s.queue(), CaseJson.date(s.date()), s.slot(), s.capacity(), s.booked(), Math.max(0, s.capacity() - s.booked()));
    }

    /** A listed party. */
    public record VipJson(String number, String kind, String name, String category, String specialist, String addedBy, String addedAt) {
    }

    static VipJson vip(VipParty v, boolean full) {
        return new VipJson(full || v.kind().equals("ENTERPRISE") ? v.number() : Masking.mask(v.number()), v.kind(), v.name(), v.category(),
                v.specialist(), v.addedBy(), CaseJson.time(v.addedAt()));
    }
}
