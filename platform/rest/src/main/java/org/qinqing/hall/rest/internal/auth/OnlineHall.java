package org.qinqing.hall.rest.internal.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource of the online hall ({@code /api/v1/online}): its endpoints read the portal's
 * cookie rather than the staff one, and tell an unauthenticated caller how applicants log in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnlineHall {
}
