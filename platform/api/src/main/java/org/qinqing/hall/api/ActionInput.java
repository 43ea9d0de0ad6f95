package org.qinqing.hall.api;

import java.util.List;
import java.util.Map;

/**
 * What accompanies a case action.
 *
 * @param reason why (required to deny, ask for supplement, suspend, withdraw)
 * @param form changed form values (supplement), or empty
 * @param materials materials supplied (supplement), or empty
 * @param procedure for a suspension: HEARING, TESTING, EXPERT_REVIEW or OTHER
 * @param delivery for completion: WINDOW, MAIL or ELECTRONIC
 * @param expectedVersion the case version the actor saw, or {@code null} to skip the check
 * @param days for an extension: working days added to the legal deadline
 * @param fields for a supplement request: the form fields or material codes to hand in again (since 1.2), or empty
 */
public record ActionInput(String reason, Map<String, Object> form, List<MaterialInput> materials, String procedure,
        String delivery, Integer expectedVersion, Integer days, List<String> fields) {

    /** An input without fields to supplement (the form before 1.2). */
    public ActionInput(String reason, Map<String, Object> form, List<MaterialInput> materials, String procedure,
            String delivery, Integer expectedVersion, Integer days) {
        this(reason, form, materials, procedure, delivery, expectedVersion, days, List.of());
    }

    public ActionInput {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** No input. */
    public static final ActionInput NONE = new ActionInput(null, Map.of(), List.of(), null, null, null, null);

    /** @param text a reason @return an input with only that reason */
    public static ActionInput reason(String text) {
        return new ActionInput(text, Map.of(), List.of(), null, null, null, null);
    }

    /** @param how WINDOW, MAIL or ELECTRONIC @return an input with only that delivery */
    public static ActionInput delivery(String how) {
        return new ActionInput(null, Map.of(), List.of(), null, how, null, null);
    }
}
