/**
 * Backups of a running hall: its database, taken online and consistent while intake continues,
 * with the hall's own files and its accounts and settings, into one directory per backup with a
 * manifest. Used by the console, the REST layer and the schedule.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.backup;
