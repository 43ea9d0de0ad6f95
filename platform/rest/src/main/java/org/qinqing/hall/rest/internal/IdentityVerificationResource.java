package org.qinqing.hall.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.online.ApplicantAccount;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.rest.internal.auth.Allow;

/** {@code /api/v1/parties/{number}/identity-verification}: a clerk checked the person's ID card; their online account is verified. */
@Path("parties/{number}/identity-verification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityVerificationResource {
    private final Applicants applicants;

    @Context
    private UriInfo uri;

    public IdentityVerificationResource(Applicants applicants) {
        this.applicants = applicants;
    }

    /** {@code {"method": "id-card", "phone": optional, binds a new phone}}. */
    public record VerificationRequest(String method, String phone) {
    }

    /** The account after verification. */
    public record VerificationJson(String person, String level, String verifiedHow, String verifiedBy, String verifiedAt) {
    }

    /** Verifies the person's online account (created if the person has none yet). */
    @POST
    @Allow(Roles.CLERK)
    public VerificationJson verify(@PathParam("number") String number, VerificationRequest body, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (body == null || body.method() == null) {
            throw HallException.invalid("method", "the body is {\"method\": \"id-card\"}");
        }
        ApplicantAccount a = applicants.verify(number, body.method(), body.phone(), Actors.staff(security, null, null));
        return new VerificationJson(Masking.mask(a.person()), a.level().name(), a.verifiedHow(), a.verifiedBy(),
                a.verifiedAt() == null ? null : a.verifiedAt().toString());
    }
}
