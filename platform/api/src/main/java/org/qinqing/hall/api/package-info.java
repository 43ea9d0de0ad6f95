/**
 * Core service interfaces of the hall (catalogue, identity, cases, SLA …), implemented by the
 * platform bundles and used by the REST layer, the console and the web UI.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.qinqing.hall.api;
