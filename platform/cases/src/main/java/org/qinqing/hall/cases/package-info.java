/**
 * Hooks into the case lifecycle for other platform modules: {@link org.qinqing.hall.cases.CaseEvents}
 * hears every change of a case's state inside the transaction that makes it; {@link org.qinqing.hall.cases.AccessCodes}
 * makes the codes printed on receipts; {@link org.qinqing.hall.cases.CaseIntake} records a case inside
 * another module's write; {@link org.qinqing.hall.cases.CaseDeadlines} writes a case's rung and deadlines for
 * the SLA module (2.0: replaces {@code CaseRows}, only the case module writes {@code hall_case}); {@link org.qinqing.hall.cases.IntakeChecks} are the checks every intake makes the
 * same way (caller, applicant, agent, profile, idempotency key). 2.1: a {@link org.qinqing.hall.cases.CaseEvent} names the
 * case's applicant.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.qinqing.hall.cases;
