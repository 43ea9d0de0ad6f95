package org.qinqing.hall.rest.internal.requests;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.spi.Channel;

/**
 * {@code POST /api/v1/cases}. Contract fields: {@code itemCode}, {@code applicantNumber},
 * {@code form}, {@code materials}, {@code channel}, {@code window}; optional {@code agentNumber}
 * and {@code profile} (for a party seen for the first time). Server-owned fields (status,
 * deadlines, approver …) are unknown fields here and refused.
 */
public record CaseRequest(String itemCode, String applicantNumber, Map<String, Object> form, List<MaterialRequest> materials,
        String channel, String window, String agentNumber, ProfileRequest profile) {

    /** @param idempotencyKey the Idempotency-Key header @return the core's submission */
    public Submission submission(String idempotencyKey) {
        if (window != null && window.length() > 40) {
            throw HallException.invalid("window", "window has at most 40 characters");
        }
        return new Submission(itemCode, applicantNumber, form == null ? Map.of() : form, MaterialRequest.inputs(materials),
                channel(channel), window, agentNumber, profile == null ? null : profile.name(),
                profile == null || profile.fields() == null ? Map.of() : profile.fields(), idempotencyKey);
    }

    /** @return the channel named, or a 400 listing the channels */
    public static Channel channel(String value) {
        if (value == null) {
            throw HallException.invalid("channel", "channel is required: counter, online, wechat or kiosk");
        }
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HallException.invalid("channel", "channel must be counter, online, wechat or kiosk, not '" + value + "'");
        }
    }
}
