package org.qinqing.hall.online;

/**
 * An enterprise a person may act for online.
 *
 * @param number its credit code
 * @param name its name
 * @param role 经办人 (registered agent) or 法定代表人 (legal representative)
 */
public record ActingFor(String number, String name, String role) {
}
