package org.qinqing.hall.rest.internal.requests;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.online.Delivery;
import org.qinqing.hall.spi.Channel;

/**
 * {@code POST /api/v1/online/cases}: the counter's body without {@code window} and {@code channel}
 * (the channel is the login's), plus the delivery chosen. Materials are uploaded or reused from the
 * vault; {@code presented} (an original checked at the counter) has no meaning online.
 */
public record OnlineCaseRequest(String itemCode, String applicantNumber, Map<String, Object> form, List<MaterialRequest> materials,
        ProfileRequest profile, DeliveryRequest delivery) {

    /** The delivery: {@code method} download, post or window; for post the recipient, phone and address. */
    public record DeliveryRequest(String method, String recipient, String phone, String address) {
    }

    /** @return the core's submission (agent left to the online service, which knows whom the person acts for) */
    public Submission submission(String idempotencyKey, Channel channel) {
        if (materials != null) {
            for (int i = 0; i < materials.size(); i++) {
                if (materials.get(i) != null && Boolean.TRUE.equals(materials.get(i).presented())) {
                    throw HallException.invalid("materials[" + i + "].presented", "an original is presented at a window; online, upload it or reuse it from your vault");
                }
            }
        }
        return new Submission(itemCode, applicantNumber, form == null ? Map.of() : form, MaterialRequest.inputs(materials), channel, null,
                null, profile == null ? null : profile.name(), profile == null || profile.fields() == null ? Map.of() : profile.fields(),
                idempotencyKey);
    }

    /** @return the delivery asked for (download when none) */
    public Delivery deliveryChoice() {
        return delivery == null ? Delivery.download() : new Delivery(delivery.method(), delivery.recipient(), delivery.phone(), delivery.address());
    }
}
