package org.qinqing.hall.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.Appointment;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.rest.internal.FloorJson.AppointmentJson;
import org.qinqing.hall.rest.internal.auth.Allow;

/**
 * {@code /api/v1/online/appointments}: an applicant books (预约) for themselves, or for an enterprise
 * they act for, sees and cancels their own bookings. A registered account may book (no identity
 * check needed); three no-shows within 30 days suspend online booking. Someone else's booking → 404.
 */
@Path("online/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineAppointmentResource {
    private final Floor floor;
    private final Applicants applicants;

    @Context
    private UriInfo uri;

    public OnlineAppointmentResource(Floor floor, Applicants applicants) {
        this.floor = floor;
        this.applicants = applicants;
    }

    /**
     * A booking: the applicant is the logged-in person; {@code enterpriseNumber} when booking for an enterprise they act for.
     *
     * @param site site code
     * @param itemCode the item
     * @param date the day, YYYY-MM-DD
     * @param slot the slot's start, HH:MM
     * @param queue queue code, or absent for the site's first (VIP for a listed party)
     * @param enterpriseNumber the enterprise's credit code, or absent
     */
    public record Booking(String site, String itemCode, String date, String slot, String queue, String enterpriseNumber) {
    }

    /** Books a slot; a full slot is a 409, a past or non-working one a 422, a suspended booker a 403. */
    @POST
    @Allow(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "the appointment",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentJson.class)))
    public Response book(Booking booking, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (booking == null) {
            throw HallException.invalid(null, "a JSON body {site, itemCode, date, slot} is required");
        }
        String person = security.getUserPrincipal().getName();
        String enterprise = booking.enterpriseNumber() == null || booking.enterpriseNumber().isBlank() ? null : booking.enterpriseNumber().trim();
        if (enterprise != null && applicants.actingFor(person).stream().noneMatch(e -> e.number().equals(enterprise))) {
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_party", "enterpriseNumber",
                    "you act for no enterprise " + enterprise);
        }
        Appointment a = floor.book(new AppointmentRequest(booking.site(), booking.itemCode(), booking.date(), booking.slot(),
                enterprise == null ? person : enterprise, booking.queue(), enterprise), person, true);
        return Response.created(URI.create("online/appointments/" + a.appointmentNumber())).entity(FloorJson.appointment(a)).build();
    }

    /** The caller's own bookings, newest first. */
    @GET
    @Allow(Roles.APPLICANT)
    public List<AppointmentJson> mine(@Context SecurityContext security) {
        QueryParams.only(uri);
        return floor.appointmentsOf(security.getUserPrincipal().getName()).stream().map(FloorJson::appointment).toList();
    }

    /** One of the caller's bookings (someone else's → 404). */
    @GET
    @Path("{number}")
    @Allow(Roles.APPLICANT)
    public AppointmentJson get(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.appointment(own(number, security));
    }

    /** Cancels one of the caller's bookings, freeing its place. */
    @POST
    @Path("{number}/cancel")
    @Allow(Roles.APPLICANT)
    public AppointmentJson cancel(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        Appointment a = own(number, security);
        return FloorJson.appointment(floor.cancel(a.appointmentNumber(), security.getUserPrincipal().getName()));
    }

    private Appointment own(String number, SecurityContext security) {
        String person = security.getUserPrincipal().getName();
        Appointment found;
        try {
            found = floor.appointment(number);
        } catch (HallException e) {
            found = null;
        }
        Appointment a = found;
        if (a == null || !(person.equals(a.applicantNumber())
                || applicants.actingFor(person).stream().anyMatch(e -> e.number().equals(a.applicantNumber())))) {
            throw HallException.notFound("unknown_appointment", "no appointment " + number);
        }
        return a;
    }
}
