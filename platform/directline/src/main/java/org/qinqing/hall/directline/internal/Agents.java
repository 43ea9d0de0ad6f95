package org.qinqing.hall.directline.internal;

import java.util.function.BiPredicate;
import org.qinqing.hall.api.Parties;

/** Whether a person is a registered agent (经办人) of an enterprise, from the party registry's agent links. */
public final class Agents implements BiPredicate<String, String> {
    private final Parties parties;

    public Agents(Parties parties) {
        this.parties = parties;
    }

    @Override
    public boolean test(String enterprise, String person) {
        return parties.agents(enterprise).stream().anyMatch(a -> a.agent().equalsIgnoreCase(person));
    }
}
