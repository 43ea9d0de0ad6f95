package org.qinqing.hall.floor;

import java.util.List;
import java.util.Map;

/**
 * What a site's calling board shows.
 *
 * @param calls the last calls, newest first
 * @param waiting tickets waiting per queue code
 */
public record Board(List<BoardCall> calls, Map<String, Integer> waiting) {
}
