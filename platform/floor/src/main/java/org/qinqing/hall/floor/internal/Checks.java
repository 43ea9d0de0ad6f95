package org.qinqing.hall.floor.internal;

import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.identity.InvalidNumberException;
import org.qinqing.hall.api.identity.PartyNumber;

/** Input checks shared by tickets and bookings: items in the catalogue, valid party numbers, agents of enterprises. */
class Checks {
    private final Predicate<String> knownItem;
    private final BiPredicate<String, String> agentOf;
    private final HallClock clock;

    /** @param knownItem whether an item code is in the catalogue @param agentOf (enterprise, person) whether the person acts for it */
    Checks(Predicate<String> knownItem, BiPredicate<String, String> agentOf, HallClock clock) {
        this.knownItem = knownItem;
        this.agentOf = agentOf;
        this.clock = clock;
    }

    /** For Blueprint. */
    static Checks of(Catalogue catalogue, Parties parties, HallClock clock) {
        return new Checks(code -> catalogue.item(code).isPresent(),
                (enterprise, person) -> parties.agents(enterprise).stream().anyMatch(a -> a.agent().equals(person)), clock);
    }

    String item(String code, String field) {
        if (code == null) {
            return null;
        }
        if (code.isBlank() || code.length() > 64 || !knownItem.test(code)) {
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_item", field, "no item '" + code + "' in the catalogue");
        }
        return code;
    }

    String party(String number, String field) {
        if (number == null) {
            return null;
        }
        try {
            return PartyNumber.parse(number, clock.today()).value();
        } catch (InvalidNumberException e) {
            throw HallException.invalid(field, e.getMessage());
        }
    }

    boolean agentOf(String enterprise, String person) {
        return agentOf.test(enterprise, person);
    }
}
