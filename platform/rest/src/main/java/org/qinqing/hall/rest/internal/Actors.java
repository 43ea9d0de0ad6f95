package org.qinqing.hall.rest.internal;

import javax.ws.rs.core.SecurityContext;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.rest.internal.auth.Caller;
import org.qinqing.hall.spi.Channel;

/** The core's {@link Actor} for an authenticated REST caller. */
final class Actors {

    private Actors() {
    }

    static Actor staff(SecurityContext security, Channel channel, String window) {
        Caller c = (Caller) security.getUserPrincipal();
        return Actor.staff(c.username(), c.roles(), channel, window);
    }

    /** @return the core's applicant actor for the logged-in person (id: their number) */
    static Actor applicant(SecurityContext security, Channel channel) {
        Caller c = (Caller) security.getUserPrincipal();
        return Actor.applicant(c.username(), channel);
    }
}
