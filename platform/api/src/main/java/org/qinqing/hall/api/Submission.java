package org.qinqing.hall.api;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Channel;

/**
 * An application at intake (一窗受理).
 *
 * @param itemCode the item
 * @param applicantNumber resident ID number or credit code
 * @param form form values as JSON gives them
 * @param materials materials handed in
 * @param channel counter, online, wechat or kiosk
 * @param window the window, for counter intake
 * @param agentNumber the person acting for an enterprise, or {@code null}
 * @param profileName name for a party seen for the first time, or {@code null}
 * @param profileFields profile fields for a party seen for the first time, or empty
 * @param idempotencyKey a client key that makes a retried submission return the first case, or {@code null}
 * @param origin the composite step this case carries out ({@code <composite case>/<step id>}), or {@code null};
 *        such a sub-case rides on the composite's visit, so it counts none itself
 */
public record Submission(String itemCode, String applicantNumber, Map<String, Object> form, List<MaterialInput> materials,
        Channel channel, String window, String agentNumber, String profileName, Map<String, String> profileFields,
        String idempotencyKey, String origin) {

    /** An application of its own, not part of a composite. */
    public Submission(String itemCode, String applicantNumber, Map<String, Object> form, List<MaterialInput> materials,
            Channel channel, String window, String agentNumber, String profileName, Map<String, String> profileFields,
            String idempotencyKey) {
        this(itemCode, applicantNumber, form, materials, channel, window, agentNumber, profileName, profileFields, idempotencyKey, null);
    }
}
