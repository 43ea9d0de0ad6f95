/**
 * The online hall (一网通办) for other modules: {@link org.qinqing.hall.online.Applicants} logs
 * applicants in with a code sent to their phone and resolves their tokens;
 * {@link org.qinqing.hall.online.OnlineCases} files and follows their applications (pre-review,
 * delivery, visits).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.online;
