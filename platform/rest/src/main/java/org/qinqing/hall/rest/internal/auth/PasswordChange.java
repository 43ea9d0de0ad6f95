package org.qinqing.hall.rest.internal.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint may be called by an account that must still change the password it was given
 * (first login, or reset by an admin); every other endpoint answers it 403
 * {@code password_change_required}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PasswordChange {
}
