package org.qinqing.hall.floor;

import java.time.Instant;

/**
 * A call shown on a site's board, in the order of {@code seq}.
 *
 * @param seq its sequence number (board connections ask for the calls after the last they had)
 * @param site site code
 * @param ticket the ticket number, e.g. {@code A023}
 * @param window window code
 * @param windowNumber the number announced
 * @param calledAt when
 * @param recall whether it is a repeated call
 */
public record BoardCall(long seq, String site, String ticket, String window, int windowNumber, Instant calledAt, boolean recall) {
}
