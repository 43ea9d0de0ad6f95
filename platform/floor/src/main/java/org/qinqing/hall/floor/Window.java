package org.qinqing.hall.floor;

import java.util.List;

/**
 * A service window (窗口). Codes are unique across all sites.
 *
 * @param code e.g. {@code 5} in the main hall, {@code xili-1} in a street centre
 * @param number the number announced and shown (请A023号到5号窗口办理)
 * @param kind {@code COMPREHENSIVE} (综合窗口, every item), {@code VIP} (VIP seat) or {@code TALENT} (人才服务)
 * @param queues the queues it calls from, in no particular order (the calling rules order tickets)
 */
public record Window(String code, int number, String kind, List<String> queues) {
}
