package org.qinqing.hall.online;

import org.qinqing.hall.api.HallException;

/** 429: the phone or the address asked for too many codes; says when to ask again. */
public class TooManyCodes extends HallException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    /** @param retryAfterSeconds when another code may be asked for @param message what limit was hit */
    public TooManyCodes(long retryAfterSeconds, String message) {
        super(Kind.TOO_MANY, "too_many_codes", null, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return seconds until another code may be asked for */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
