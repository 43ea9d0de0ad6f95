package org.qinqing.hall.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.identity.PartyNumber;

/** Identity (一证一码) and party profiles collected once. */
@ProviderType
public interface Parties {

    /**
     * @param raw a number as typed
     * @return the check's answer; never throws for a bad number
     */
    IdentityCheck check(String raw);

    /**
     * @param raw a number as typed
     * @param field the input it came from, for the error
     * @return the validated number (a supervisor-overridden credit code included)
     * @throws HallException 400 naming the field and what is wrong
     */
    PartyNumber parse(String raw, String field);

    /** @param number a valid number @return its profile, if one was collected */
    Optional<PartyProfile> find(String number);

    /**
     * Creates (expected version 0) or replaces a profile. The old version is kept.
     *
     * @param number the party
     * @param expectedVersion the version the change is based on; 0 to create
     * @param name name of the person or enterprise
     * @param fields further fields (only the known ones for the party's kind)
     * @param actor who changes it
     * @return the new profile
     * @throws HallException 409 when the profile changed since {@code expectedVersion}
     */
    PartyProfile save(String number, int expectedVersion, String name, Map<String, String> fields, Actor actor);

    /** @param number the party @return every earlier version, newest first */
    List<ProfileVersion> history(String number);

    /** Records that a person acts for an enterprise. @return the link */
    AgentLink addAgent(String enterprise, String agent, String role, Actor actor);

    /** @param enterprise a credit code @return its agents */
    List<AgentLink> agents(String enterprise);

    /**
     * @param person a resident ID number
     * @return the enterprises the person acts for: as a registered agent (the link's role) and as
     *         the legal representative on the enterprise's profile (role 法定代表人), one link each
     * @since 1.2
     */
    List<AgentLink> actingFor(String person);

    /**
     * A supervisor accepts a credit code that fails its check character (it happens with real
     * codes); the override is written to the audit trail.
     */
    void overrideCreditCode(String code, String reason, Actor actor);
}
