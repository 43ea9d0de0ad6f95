package org.qinqing.hall.console.internal;

import java.util.Set;
import javax.security.auth.Subject;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.Roles;

/** The console user as the core sees them: an admin, acting from the back office. */
final class ConsoleActor {

    private ConsoleActor() {
    }

    static Actor current() {
        Subject s = Subject.getSubject(java.security.AccessController.getContext());
        String name = "console";
        if (s != null) {
            for (java.security.Principal p : s.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    name = p.getName();
                }
            }
        }
        return Actor.staff(name, Set.of(Roles.ADMIN), null, null);
    }
}
