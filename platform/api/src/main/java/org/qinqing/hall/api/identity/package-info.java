/**
 * 一证一码: the two numbers every party is known by — the resident identity number (GB 11643)
 * and the Unified Social Credit Code (GB 32100) — with validation that says what is wrong, and
 * the mask used wherever a number is shown or logged.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.qinqing.hall.api.identity;
