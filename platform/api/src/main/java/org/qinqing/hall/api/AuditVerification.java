package org.qinqing.hall.api;

/**
 * The result of checking the whole audit chain.
 *
 * @param valid whether every record is intact and none is missing
 * @param records records checked
 * @param firstBad sequence number of the first record changed or missing, or 0
 * @param problem what is wrong with it, or an empty string
 * @param headHash hash of the last record (publish it elsewhere to anchor the chain)
 */
public record AuditVerification(boolean valid, long records, long firstBad, String problem, String headHash) {
}
