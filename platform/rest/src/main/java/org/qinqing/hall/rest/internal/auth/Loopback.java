package org.qinqing.hall.rest.internal.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Besides the roles of its {@link Allow}, the endpoint answers without login a caller on the hall's
 * own machine while {@link LoopbackAccess} is open: for a monitoring agent beside the hall.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Loopback {
}
