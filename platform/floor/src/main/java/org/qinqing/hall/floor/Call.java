package org.qinqing.hall.floor;

/**
 * A ticket called to a window, with what the window needs to serve it.
 *
 * @param ticket the ticket, as it is after the call
 * @param window window code
 * @param windowNumber the number announced
 * @param recalls how often it was called again
 */
public record Call(Ticket ticket, String window, int windowNumber, int recalls) {
}
