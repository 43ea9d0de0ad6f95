package org.qinqing.hall.rest.internal.views;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.AgentLink;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.ProfileVersion;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.Masking;

/** Parties, their versions, agents and vault materials in JSON; ID numbers masked by value wherever they stand. */
public final class PartyJson {

    private PartyJson() {
    }

    /** A profile. */
    public record Profile(String number, String kind, String name, Map<String, String> fields, int version, String updatedAt,
            String updatedBy, String channel, List<Agent> agents) {
    }

    /** An earlier version. */
    public record Version(int version, String name, Map<String, String> fields, String changedAt, String changedBy, String channel) {
    }

    /** An agent. */
    public record Agent(String agent, String role, String since, String recordedBy) {
    }

    /** A vault material (without its bytes). */
    public record Material(long id, String kind, String title, String issuer, String validUntil, boolean expired, long size,
            String sha256, String contentType, String sourceCase, String storedAt, Map<String, String> attributes) {
    }

    public static Profile of(PartyProfile p, List<AgentLink> agents) {
        return new Profile(Masking.mask(p.number()), p.kind().name(), p.name(), masked(p.fields()), p.version(),
                CaseJson.time(p.updatedAt()), p.updatedBy(), p.channel(), agents.stream().map(PartyJson::agent).toList());
    }

    public static Version of(ProfileVersion v) {
        return new Version(v.version(), v.name(), masked(v.fields()), CaseJson.time(v.changedAt()), v.changedBy(), v.channel());
    }

    public static Agent agent(AgentLink a) {
        return new Agent(Masking.mask(a.agent()), a.role(), CaseJson.time(a.since()), a.recordedBy());
    }

    public static Material of(VaultMaterial m, java.time.LocalDate today) {
        return new Material(m.id(), m.kind(), m.title(), m.issuer(), CaseJson.date(m.validUntil()), m.expiredOn(today), m.size(),
                m.sha256(), m.contentType(), m.sourceCase(), CaseJson.time(m.storedAt()), Masking.values(m.attributes()));
    }

    private static Map<String, String> masked(Map<String, String> fields) {
        return Masking.values(fields);
    }
}
