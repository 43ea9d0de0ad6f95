package org.qinqing.hall.api;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a profile, kept when it is replaced.
 *
 * @param version the version number
 * @param name the name in that version
 * @param fields the fields in that version
 * @param changedAt when this version was written
 * @param changedBy who wrote it
 * @param channel through which channel
 */
public record ProfileVersion(int version, String name, Map<String, String> fields, Instant changedAt, String changedBy,
        String channel) {
}
