package org.qinqing.hall.api;

import java.time.Instant;

/**
 * A person authorised to act for an enterprise (经办人).
 *
 * @param enterprise the enterprise's credit code
 * @param agent the agent's resident ID number
 * @param role e.g. 经办人, 法定代表人
 * @param since when recorded
 * @param recordedBy who recorded it
 */
public record AgentLink(String enterprise, String agent, String role, Instant since, String recordedBy) {
}
