package org.qinqing.hall.spi;

/** The legal category of a service item (事项类型), as used in Chinese government catalogues. */
public enum ItemType {
    /** 行政许可. */
    LICENSING("行政许可"),
    /** 行政确认. */
    CONFIRMATION("行政确认"),
    /** 行政给付. */
    PAYMENT("行政给付"),
    /** 行政奖励. */
    REWARD("行政奖励"),
    /** 行政裁决. */
    RULING("行政裁决"),
    /** 行政备案. */
    FILING("行政备案"),
    /** 其他行政权力. */
    OTHER_POWER("其他行政权力"),
    /** 公共服务. */
    PUBLIC_SERVICE("公共服务");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }
}
