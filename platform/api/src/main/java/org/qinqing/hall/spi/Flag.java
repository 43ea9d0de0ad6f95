package org.qinqing.hall.spi;

/**
 * Service promises of an item. The JSON name of each flag is its {@link #key()}.
 *
 * <p>Consistency rules (checked by {@link org.qinqing.hall.spi.contract.DepartmentContract}):
 * {@code FULLY_ONLINE} implies {@code ONLINE}; {@code ZERO_VISIT} implies {@code FULLY_ONLINE}
 * and a maximum of 0 visits; {@code WECHAT} implies {@code ONLINE}; {@code INSTANT_APPROVAL}
 * implies {@code ZERO_VISIT}.
 */
public enum Flag {
    /** 一窗通办: accepted at any window of the hall. */
    ONE_WINDOW("oneWindow", "一窗通办"),
    /** 网上可办: can be applied for online. */
    ONLINE("online", "网上可办"),
    /** 全流程网办: applied, handled and concluded online. */
    FULLY_ONLINE("fullyOnline", "全流程网办"),
    /** 零跑动: the applicant never needs to come in person. */
    ZERO_VISIT("zeroVisit", "零跑动"),
    /** 微信可办: can be handled through the WeChat channel. */
    WECHAT("wechat", "微信可办"),
    /** 可预约: counter visits can be booked. */
    APPOINTMENT("appointment", "可预约"),
    /** 绿色通道: key enterprises and high-end talent are served at the VIP booth. */
    VIP("vip", "绿色通道"),
    /** 秒批: approved automatically by rule at intake when the rules pass. */
    INSTANT_APPROVAL("instant", "秒批");

    private final String key;
    private final String label;

    Flag(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** @return the camel-case name used in JSON and on the console */
    public String key() {
        return key;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }

    /**
     * @param key a flag key such as {@code oneWindow}
     * @return the flag
     * @throws IllegalArgumentException naming the known keys when the key is unknown
     */
    public static Flag fromKey(String key) {
        for (Flag f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Flag f : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(f.key);
        }
        throw new IllegalArgumentException("unknown flag '" + key + "'; known flags: " + known);
    }
}
