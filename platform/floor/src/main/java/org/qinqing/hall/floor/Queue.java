package org.qinqing.hall.floor;

/**
 * A queue of a site: tickets are numbered per queue and day with its prefix (A001…).
 *
 * @param code e.g. {@code A}
 * @param prefix the ticket prefix, e.g. {@code A}, {@code V}
 * @param name e.g. 综合受理
 * @param vip whether it is the VIP green channel (绿色通道) of the site
 */
public record Queue(String code, String prefix, String name, boolean vip) {
}
