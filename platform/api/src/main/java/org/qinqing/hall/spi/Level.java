package org.qinqing.hall.spi;

/** Administrative level of a department in the hall. */
public enum Level {
    /** 区直部门: a department of the district government. */
    DISTRICT("区直部门"),
    /** 市直部门: a municipal department's branch stationed in the district hall. */
    MUNICIPAL("市直部门");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }
}
