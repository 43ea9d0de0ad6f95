package org.qinqing.hall.rest.internal;

/**
 * The JSON body of every error answer.
 *
 * @param error machine-readable code
 * @param message what is wrong, for people
 * @param field the input it concerns, or {@code null}
 */
public record ErrorBody(String error, String message, String field) {
}
