package org.qinqing.hall.dept.housing;

/** Vault kinds of the fire acceptance documents, issued by this department and reused at completion filing. */
final class FireKinds {
    static final String ACCEPTANCE = "fire-acceptance-opinion";
    static final String FILING = "fire-acceptance-filing";

    private FireKinds() {
    }
}
