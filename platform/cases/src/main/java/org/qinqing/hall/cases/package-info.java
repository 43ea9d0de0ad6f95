/**
 * Hooks into the case lifecycle for other platform modules: {@link org.qinqing.hall.cases.CaseEvents}
 * hears every change of a case's state inside the transaction that makes it; {@link org.qinqing.hall.cases.AccessCodes}
 * makes the codes printed on receipts; {@link org.qinqing.hall.cases.CaseIntake} records a case inside
 * another module's write; {@link org.qinqing.hall.cases.CaseRows} hears of a case row changed by another
 * module's own SQL; {@link org.qinqing.hall.cases.IntakeChecks} are the checks every intake makes the
 * same way (caller, applicant, agent, profile, idempotency key).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.qinqing.hall.cases;
