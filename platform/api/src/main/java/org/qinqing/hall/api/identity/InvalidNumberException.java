package org.qinqing.hall.api.identity;

/** A party number that fails validation; the message says what is wrong, in Chinese. */
public class InvalidNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public InvalidNumberException(String message) {
        super(message);
    }
}
