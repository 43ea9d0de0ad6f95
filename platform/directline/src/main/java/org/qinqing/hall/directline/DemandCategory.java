package org.qinqing.hall.directline;

/**
 * A row of the routing table.
 *
 * @param code code
 * @param name name
 * @param department the department its demands go to
 * @param responseDays working days to the first response
 * @param answerDays working days to the answer
 */
public record DemandCategory(String code, String name, String department, int responseDays, int answerDays) {
}
