/**
 * Extension points of the deadline scanner for other platform modules: a {@link org.qinqing.hall.sla.ScanParticipant}
 * scans its own deadlines whenever the hall's SLA scan runs, and {@link org.qinqing.hall.sla.SlaRecords} writes the SLA
 * module's warnings and accountability records for subjects that are not cases (an enterprise's demand, a
 * rectification), so the supervision office sees them in one place.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.sla;
