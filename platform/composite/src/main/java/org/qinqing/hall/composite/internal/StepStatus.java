package org.qinqing.hall.composite.internal;

/** The states of a step and of a composite case, as stored. */
final class StepStatus {
    /** Its earlier steps are not all approved yet. */
    static final String WAITING = "WAITING";
    /** To be started as a sub-case (its department may be away). */
    static final String READY = "READY";
    /** Its sub-case runs. */
    static final String RUNNING = "RUNNING";
    /** Its sub-case was approved. */
    static final String DONE = "DONE";
    /** Its sub-case was denied, not accepted or withdrawn. */
    static final String STOPPED = "STOPPED";
    /** The composite ended before it started. */
    static final String CANCELLED = "CANCELLED";

    /** Composite: steps running. */
    static final String IN_PROGRESS = "IN_PROGRESS";
    /** Composite: every step approved, results waiting for delivery. */
    static final String APPROVED = "APPROVED";
    /** Composite: results delivered. */
    static final String COMPLETED = "COMPLETED";
    /** Composite: a step was denied; the composite ended with its reason. */
    static final String DENIED = "DENIED";

    private StepStatus() {
    }

    static String label(String status) {
        return switch (status) {
            case IN_PROGRESS -> "并联审批中";
            case APPROVED -> "已批准，待送达";
            case COMPLETED -> "已办结";
            case DENIED -> "不予批准";
            case WAITING -> "等待前序环节";
            case READY -> "待启动";
            case RUNNING -> "办理中";
            case DONE -> "已批准";
            case STOPPED -> "已终止";
            case CANCELLED -> "已取消";
            default -> status;
        };
    }
}
