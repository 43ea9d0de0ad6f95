package org.qinqing.hall.floor;

import java.time.Instant;

/**
 * A party on a VIP registry (绿色通道名录).
 *
 * @param number credit code (enterprise) or ID number (person)
 * @param kind {@code ENTERPRISE} (key enterprise 重点企业), {@code TALENT} (high-end talent 高层次人才) or {@code STARTUP} (start-up team 创业团队)
 * @param name its name
 * @param category e.g. 工业百强, 上市企业, 独角兽
 * @param specialist user name of its specialist (专员), or {@code null}
 * @param addedBy who listed it
 * @param addedAt when
 */
public record VipParty(String number, String kind, String name, String category, String specialist, String addedBy, Instant addedAt) {
}
