package org.qinqing.hall.directline;

/**
 * A demand as an enterprise's agent raises it.
 *
 * @param enterpriseNumber the enterprise's credit code
 * @param category a category of the routing table
 * @param text up to 4,000 characters
 * @param to a department code, {@code district-head}, {@code leader} (the enterprise's leader in charge, since 1.1), or
 *        {@code null} to route by category
 * @param kind DEMAND, SUGGESTION, PROBLEM, POLICY or IP ({@code null} = DEMAND)
 */
public record DemandRequest(String enterpriseNumber, String category, String text, String to, String kind) {
}
