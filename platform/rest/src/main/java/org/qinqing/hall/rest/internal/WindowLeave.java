package org.qinqing.hall.rest.internal;

import java.util.function.Consumer;
import org.qinqing.hall.floor.Floor;

/** A clerk who logged out of the web UI no longer sits at a window (a session that only expires keeps the seat until sign-out or another sign-in). */
public class WindowLeave implements Consumer<String> {
    private final Floor floor;

    public WindowLeave(Floor floor) {
        this.floor = floor;
    }

    @Override
    public void accept(String username) {
        floor.leave(username);
    }
}
