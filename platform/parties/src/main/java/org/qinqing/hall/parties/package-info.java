/**
 * Party and vault writes that join another module's transaction (platform-internal: the case
 * module creates profiles and stores issued documents atomically with the case change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.parties;
