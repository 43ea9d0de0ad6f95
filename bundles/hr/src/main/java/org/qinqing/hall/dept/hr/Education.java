package org.qinqing.hall.dept.hr;

/**
 * Education levels accepted for talent introduction, with the age limit each carries
 * (本科 under 45, 硕士 under 50, 博士 under 55 full years on the application date).
 */
enum Education {
    BACHELOR("本科", 45),
    MASTER("硕士研究生", 50),
    DOCTOR("博士研究生", 55);

    static final String[] LABELS = {"本科", "硕士研究生", "博士研究生"};

    final String label;
    final int maxAge;

    Education(String label, int maxAge) {
        this.label = label;
        this.maxAge = maxAge;
    }

    static Education of(String label) {
        for (Education e : values()) {
            if (e.label.equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown education " + label);
    }
}
