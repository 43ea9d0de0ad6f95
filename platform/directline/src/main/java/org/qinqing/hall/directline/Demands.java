package org.qinqing.hall.directline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/**
 * Enterprises' demands (诉求): routed by category or addressed directly, deadlines on the working-day calendar,
 * escalated officer → department head → leader in charge → district head when overdue (each rung once) through the
 * SLA scanner, an accountability record for an answer past its deadline.
 */
@ProviderType
public interface Demands {

    /** The district head, as a demand's addressee. */
    String DISTRICT_HEAD = "district-head";

    /**
     * The enterprise's leader in charge (挂点领导), as a demand's addressee; the enterprise's liaison department handles it.
     *
     * @since 1.1
     */
    String LEADER = "leader";

    /**
     * Raises a demand for an enterprise.
     *
     * @param request the demand
     * @param actor the enterprise's agent (applicant) or staff entering it for the enterprise
     * @throws org.qinqing.hall.api.HallException 400 naming the field (text over 4,000 characters, unknown category or department)
     */
    Demand submit(DemandRequest request, Actor actor);

    /** @param number a demand number @param actor who asks @return the demand, if the actor may see it (404 otherwise) */
    Demand get(String number, Actor actor);

    /**
     * @param enterprise an enterprise's credit code
     * @param actor its agent (or staff)
     * @return its demands, newest first
     * @throws org.qinqing.hall.api.HallException 404 when the actor is an applicant who is not the enterprise's agent
     */
    List<Demand> ofEnterprise(String enterprise, Actor actor);

    /** @param status a status or {@code null} @param actor staff @return demands of the actor's departments (all for supervisors) */
    List<Demand> list(String status, Actor actor);

    /**
     * A staff action: assign (officer), start, answer (text), reassign (department, reason), reject (reason), close.
     *
     * @param number the demand
     * @param action assign, start, answer, reassign, reject or close
     * @param text the officer, answer, reason as the action needs
     * @param department the new department (reassign)
     * @param actor staff of the demand's department
     */
    Demand act(String number, String action, String text, String department, Actor actor);

    /** The enterprise reopens an answered demand within 5 working days of the answer. */
    Demand reopen(String number, String reason, Actor actor);

    /** @return the routing table */
    List<DemandCategory> categories();

    /** Sets a row of the routing table (admin). */
    DemandCategory putCategory(DemandCategory category, Actor actor);

    /**
     * Fires the escalation rungs due today (the SLA scanner calls it).
     *
     * @return demands escalated
     */
    int escalate();
}
