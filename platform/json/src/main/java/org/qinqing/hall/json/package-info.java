/**
 * The one JSON configuration of the platform ({@link org.qinqing.hall.json.JsonMappers}): every
 * module that reads or writes JSON (the REST API, stored JSON columns, intake checks) takes its
 * mapper here, so a number reads back as the same value whichever path it took.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.json;
