package org.qinqing.hall.online;

/** How sure the hall is of who an applicant is. */
public enum Level {
    /** 注册: the phone is proven by a code; may follow cases, book, take tickets. */
    REGISTERED,
    /** 实名核验: the identity was checked (a clerk with the ID card, or an identity verifier); may apply online. */
    VERIFIED
}
