package org.qinqing.hall.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.identity.PartyNumber;
import org.qinqing.hall.spi.PartyType;

/**
 * What every intake checks the same way — at the counter, for a composite (一件事) and for the
 * channels to come: who may file, the applicant and their agent (一证一码; an agent must be
 * registered for the enterprise), the applicant's profile (collected once), and the idempotency
 * key that makes a retried submission answer with the first case.
 */
public final class IntakeChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Parties parties;

    /** @param parties the hall's parties */
    public IntakeChecks(Parties parties) {
        this.parties = parties;
    }

    /**
     * @param s the submission
     * @param actor who files it
     * @throws HallException 403 for staff without the clerk role; 400 without a channel or item code
     */
    public void caller(Submission s, Actor actor) {
        if (actor.kind() == Actor.Kind.STAFF && !actor.has(Roles.CLERK)) {
            throw HallException.forbidden("user " + actor.id() + " lacks the clerk role: only clerks accept applications at a window");
        }
        if (s.channel() == null) {
            throw HallException.invalid("channel", "channel is required: counter, online, wechat or kiosk");
        }
        if (s.itemCode() == null || s.itemCode().isBlank()) {
            throw HallException.invalid("itemCode", "itemCode is required");
        }
    }

    /**
     * @param s the submission
     * @param admitted who may apply for the item
     * @param itemName the item's name, for the message
     * @return the applicant's checked number
     * @throws HallException 400 for a wrong number, 422 for a party the item does not admit
     */
    public PartyNumber applicant(Submission s, PartyType admitted, String itemName) {
        PartyNumber applicant = parties.parse(s.applicantNumber(), "applicantNumber");
        if (!admitted.admits(applicant.kind())) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "party_not_admitted", "applicantNumber",
                    "「" + itemName + "」仅受理" + admitted.label() + "申请，" + applicant.masked() + "是" + applicant.kind().label());
        }
        return applicant;
    }

    /**
     * @param s the submission
     * @param applicant its checked applicant
     * @return the agent acting for the applicant, or {@code null} without one
     * @throws HallException 400 unless a person acts for an enterprise; 422 {@code agent_not_registered}
     *         when the person is not a registered agent (经办人) of the enterprise
     */
    public PartyNumber agent(Submission s, PartyNumber applicant) {
        if (s.agentNumber() == null || s.agentNumber().isBlank()) {
            return null;
        }
        PartyNumber agent = parties.parse(s.agentNumber(), "agentNumber");
        if (applicant.kind() != PartyType.ENTERPRISE || agent.kind() != PartyType.PERSON) {
            throw HallException.invalid("agentNumber", "经办人（自然人）只能代理企业办理");
        }
        // a registered agent (经办人) or the enterprise's legal representative (法定代表人) on its profile
        boolean registered = parties.agents(applicant.value()).stream().anyMatch(a -> a.agent().equals(agent.value()))
                || parties.find(applicant.value()).map(p -> agent.value().equals(p.fields().get("legalRepresentativeId"))).orElse(false);
        if (!registered) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "agent_not_registered", "agentNumber", agent.masked()
                    + "不是" + applicant.masked() + "登记的经办人，请先登记授权（POST /api/v1/parties/{number}/agents）");
        }
        return agent;
    }

    /**
     * The applicant as the hall knows them, or as this first application registers them.
     *
     * @param name the name on file, or given now
     * @param fields the profile's fields, on file or given now
     * @param known whether the hall knew the applicant before this application
     */
    public record Applicant(String name, Map<String, String> fields, boolean known) {
    }

    /**
     * @param s the submission
     * @param applicant its checked applicant
     * @return the applicant's profile
     * @throws HallException 400 for a first application without a name; 409 when the given name
     *         differs from the profile's (a profile changes by its own request, never by an application)
     */
    public Applicant profile(Submission s, PartyNumber applicant) {
        Optional<PartyProfile> profile = parties.find(applicant.value());
        if (profile.isEmpty()) {
            if (s.profileName() == null || s.profileName().isBlank()) {
                throw HallException.invalid("profile.name", applicant.kind() == PartyType.PERSON
                        ? "首次办理须登记申请人姓名（信息一次采集）" : "首次办理须登记企业名称（信息一次采集）");
            }
            return new Applicant(s.profileName().trim(), s.profileFields() == null ? Map.of() : s.profileFields(), false);
        }
        PartyProfile p = profile.get();
        if (s.profileName() != null && !s.profileName().isBlank() && !s.profileName().trim().equals(p.name())) {
            throw HallException.conflict("profile_changed", "the applicant's profile says " + p.name() + " (version "
                    + p.version() + "); change it with PUT /api/v1/parties/{number} first, never by an application");
        }
        return new Applicant(p.name(), p.fields(), true);
    }

    /**
     * @param s the submission
     * @return a hash of everything that defines the application, to tell a retry from a different
     *         request under the same key; {@code null} without a key
     * @throws HallException 400 for a key that is blank or longer than 128 characters
     */
    public static String requestHash(Submission s) {
        String key = s.idempotencyKey();
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 128) {
            throw HallException.invalid("Idempotency-Key", "an idempotency key has 1 to 128 characters");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.itemCode()).append('|').append(s.applicantNumber()).append('|')
                .append(json(new TreeMap<>(s.form() == null ? Map.of() : s.form()))).append('|').append(s.channel()).append('|')
                .append(s.window()).append('|').append(s.agentNumber()).append('|');
        for (MaterialInput m : s.materials() == null ? List.<MaterialInput>of() : s.materials()) {
            sb.append(m.code()).append(':').append(m.vaultId()).append(':').append(m.presented()).append(':')
                    .append(m.content() == null ? "" : sha256(m.content())).append(';');
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param first the number and request hash recorded with the key's first submission
     * @param requestHash this request's hash
     * @return the first submission's number
     * @throws HallException 422 {@code idempotency_key_reused} when the key was used for a different application
     */
    public static String replay(String[] first, String requestHash) {
        if (!first[1].equals(requestHash)) {
            throw new HallException(HallException.Kind.UNPROCESSABLE, "idempotency_key_reused", "Idempotency-Key",
                    "this idempotency key was used for a different application (case " + first[0] + "); use a new key");
        }
        return first[0];
    }

    /** @param b bytes @return their SHA-256, in hex */
    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw HallException.invalid("form", "the form cannot be written as JSON: " + e.getOriginalMessage());
        }
    }
}
