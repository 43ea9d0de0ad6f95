package org.qinqing.hall.api;

/**
 * A case as a service event, for platform modules that act on a finished service (a 好差评 rating, the invitation to
 * rate). The applicant's and agent's numbers are unmasked so that the module can reach or recognise them; the REST
 * layer never shows this record.
 *
 * @param caseNumber case number
 * @param status status
 * @param department department code
 * @param itemName item name
 * @param window the intake window, or {@code null} (online)
 * @param clerk who took the case in, as the audit trail names them
 * @param applicant the applicant's number
 * @param agent the agent's number, or {@code null}
 * @since 1.3
 */
public record ServedCase(String caseNumber, CaseStatus status, String department, String itemName, String window, String clerk,
        String applicant, String agent) {
}
