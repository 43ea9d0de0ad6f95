package org.qinqing.hall.rest.internal.requests;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.ActionInput;

/**
 * The body of {@code POST /api/v1/cases/{number}/{action}}: {@code reason}; {@code form} and
 * {@code materials} to supplement; {@code procedure} to suspend (HEARING, TESTING,
 * EXPERT_REVIEW, OTHER); {@code delivery} to complete (WINDOW, MAIL, ELECTRONIC); {@code version}
 * the case version the actor saw; {@code window} when acting at a counter; {@code accessCode}
 * for an applicant's own action (public endpoints only); {@code days} to extend (supervisor).
 */
public record ActionRequest(String reason, Map<String, Object> form, List<MaterialRequest> materials, String procedure,
        String delivery, Integer version, String window, String accessCode, Integer days) {

    /** @return the core's input */
    public ActionInput input() {
        return new ActionInput(reason, form == null ? Map.of() : form, MaterialRequest.inputs(materials), procedure, delivery, version, days);
    }
}
