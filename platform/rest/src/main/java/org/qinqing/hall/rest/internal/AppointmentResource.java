package org.qinqing.hall.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.floor.AppointmentRequest;
import org.qinqing.hall.floor.Floor;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/appointments}: bookings (预约) a clerk makes for a caller, looked up and cancelled. */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {
    private final Floor floor;

    @Context
    private UriInfo uri;

    public AppointmentResource(Floor floor) {
        this.floor = floor;
    }

    /** Books a slot for a caller (clerk) or the person at a kiosk; a full slot is a 409, a past or non-working one a 422. */
    @POST
    @Allow({Roles.CLERK, Roles.KIOSK})
    @Consumes(MediaType.APPLICATION_JSON)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the appointment",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FloorJson.AppointmentJson.class)))
    public Response book(AppointmentRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        return Response.status(201).entity(FloorJson.appointment(floor.book(request, security.getUserPrincipal().getName(), false))).build();
    }

    /** An applicant's appointments, newest first. */
    @GET
    @Allow({Roles.CLERK, Roles.SUPERVISOR})
    public List<FloorJson.AppointmentJson> of(@QueryParam("applicantNumber") String applicant) {
        QueryParams.only(uri, "applicantNumber");
        if (applicant == null) {
            throw HallException.invalid("applicantNumber", "applicantNumber is required");
        }
        return floor.appointmentsOf(applicant).stream().map(FloorJson::appointment).toList();
    }

    /** An appointment. */
    @GET
    @Path("{number}")
    @Allow({Roles.CLERK, Roles.SUPERVISOR, Roles.KIOSK})
    public FloorJson.AppointmentJson get(@PathParam("number") String number) {
        QueryParams.only(uri);
        return FloorJson.appointment(floor.appointment(number));
    }

    /** Cancels a booked appointment, freeing its place. */
    @POST
    @Path("{number}/cancel")
    @Allow(Roles.CLERK)
    public FloorJson.AppointmentJson cancel(@PathParam("number") String number, @Context SecurityContext security) {
        QueryParams.only(uri);
        return FloorJson.appointment(floor.cancel(number, security.getUserPrincipal().getName()));
    }
}
