package org.qinqing.hall.rest.internal.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff roles that may call the endpoint (any one of them). Department scoping
 * ({@code dept:<code>}) is checked by the core on the case itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {
    /** @return role names from {@link org.qinqing.hall.api.Roles} */
    String[] value();
}
