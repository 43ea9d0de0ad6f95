package org.qinqing.hall.floor;

import java.time.Instant;

/**
 * A change of a case of a listed party, told to the party's specialist (专员).
 *
 * @param id its number, increasing
 * @param party the listed party's number (the case's applicant)
 * @param partyName the party's name
 * @param caseNumber the case
 * @param itemCode the case's item
 * @param department the case's department
 * @param from the state before, {@code null} when the case was just submitted
 * @param to the state after
 * @param reason the reason given with the change, or {@code null}
 * @param actor who made the change
 * @param at when
 * @param readAt when the specialist marked it read, or {@code null}
 */
public record SpecialistNotice(long id, String party, String partyName, String caseNumber, String itemCode, String department,
        String from, String to, String reason, String actor, Instant at, Instant readAt) {
}
