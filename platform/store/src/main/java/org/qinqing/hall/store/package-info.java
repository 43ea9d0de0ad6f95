/**
 * Persistence for the platform's own bundles (not for departments): transactions on the hall's
 * DataSource with group commit, versioned SQL migrations per module, and the audit trail.
 * SQL written against it stays portable (Derby and PostgreSQL).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.qinqing.hall.store;
