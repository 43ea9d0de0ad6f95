package org.qinqing.hall.rest.internal.requests;

import java.util.Map;

/**
 * A profile: name and fields; {@code version} is the version the change is based on (0 to create).
 */
public record ProfileRequest(Integer version, String name, Map<String, String> fields) {
}
