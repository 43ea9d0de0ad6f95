package org.qinqing.hall.spi;

/** Where an application came in. One case model serves all channels; the channel is recorded. */
public enum Channel {
    /** 窗口: at a counter of the hall, by a clerk. */
    COUNTER("窗口"),
    /** 网上办事大厅: the online hall. */
    ONLINE("网上大厅"),
    /** 微信: the WeChat-style mobile API. */
    WECHAT("微信"),
    /** 自助终端: a street or community self-service kiosk. */
    KIOSK("自助终端");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }
}
