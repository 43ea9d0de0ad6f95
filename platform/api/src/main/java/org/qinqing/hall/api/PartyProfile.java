package org.qinqing.hall.api;

import java.time.Instant;
import java.util.Map;
import org.qinqing.hall.spi.PartyType;

/**
 * A party's profile, collected once and reused (信息一次采集，终身通用).
 *
 * @param number resident ID number or credit code
 * @param kind person or enterprise
 * @param name name of the person or enterprise
 * @param fields further fields (phone, address; for enterprises type, legal representative …)
 * @param version increases with every change; an update names the version it changes
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 * @param channel through which channel
 */
public record PartyProfile(String number, PartyType kind, String name, Map<String, String> fields, int version,
        Instant updatedAt, String updatedBy, String channel) {
}
