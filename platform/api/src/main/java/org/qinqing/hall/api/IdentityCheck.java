package org.qinqing.hall.api;

/**
 * The answer of the identity check ({@code GET /api/v1/identity/check}). Contract: {@code valid},
 * {@code kind} ("person" | "enterprise"), {@code message}.
 *
 * @param valid whether the number is valid (or a supervisor-overridden credit code)
 * @param kind "person" or "enterprise" (what the number is, or looks like), or {@code null} when unreadable
 * @param message what is wrong, or a confirmation
 * @param masked the number masked for display
 * @param overridden whether a supervisor accepted a credit code that fails its check character
 */
public record IdentityCheck(boolean valid, String kind, String message, String masked, boolean overridden) {
}
