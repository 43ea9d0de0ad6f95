package org.qinqing.hall.sla.internal;

/** The escalation rungs, each fired once per case. */
enum Rung {
    YELLOW(1, "DEPARTMENT", "【黄灯预警】%s（案件%s）已用承诺时限的%d%%，承诺办结日%s，请%s抓紧办理。"),
    RED(2, "DEPARTMENT_HEAD", "【红灯预警】%s（案件%s）已超过承诺办结日%s，法定办结日%s，请%s负责人督办。"),
    OVERDUE(3, "SUPERVISION_OFFICE", "【超期问责】%s（案件%s）已超过法定办结日%s，承办部门%s，已启动问责倒查。");

    final int level;
    final String recipient;
    final String template;

    Rung(int level, String recipient, String template) {
        this.level = level;
        this.recipient = recipient;
        this.template = template;
    }

    static Rung of(int level) {
        return values()[level - 1];
    }
}
