package org.qinqing.hall.api;

/** State of a department registration in the catalogue. */
public enum DepartmentStatus {
    /** Its items are in the catalogue and open for intake. */
    ACTIVE,
    /** Its bundle was stopped or removed: items withdrawn from intake, cases kept. */
    WITHDRAWN,
    /** Refused on arrival (contract violation or a code another bundle holds); see the message. */
    REFUSED
}
