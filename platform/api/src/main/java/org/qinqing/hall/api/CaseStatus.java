package org.qinqing.hall.api;

/** The states of a case. Final states: NOT_ACCEPTED, DENIED, COMPLETED, WITHDRAWN. */
public enum CaseStatus {
    /** 网上预审: an online application that passed the formal check waits for a clerk; no clock runs yet (since 1.2). */
    PRE_REVIEW("网上预审", false),
    /** 待补正: materials or fields missing; before acceptance, or paused during review. */
    SUPPLEMENT_REQUESTED("待补正", false),
    /** 不予受理. */
    NOT_ACCEPTED("不予受理", true),
    /** 已受理: the clocks run. */
    ACCEPTED("已受理", false),
    /** 审查中. */
    UNDER_REVIEW("审查中", false),
    /** 特别程序中止 (hearing, testing, expert review): the clocks are paused. */
    SUSPENDED("特别程序", false),
    /** 准予: approved, results issued, waiting for delivery. */
    APPROVED("已批准", false),
    /** 不予许可. */
    DENIED("不予批准", true),
    /** 已办结: result delivered. */
    COMPLETED("已办结", true),
    /** 已撤回. */
    WITHDRAWN("已撤回", true);

    private final String label;
    private final boolean closed;

    CaseStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    /** @return Chinese label */
    public String label() {
        return label;
    }

    /** @return whether no transition leaves this state */
    public boolean closed() {
        return closed;
    }
}
