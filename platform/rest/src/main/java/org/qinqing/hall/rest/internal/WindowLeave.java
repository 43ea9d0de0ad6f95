package org.qinqing.hall.rest.internal;

import java.util.function.Consumer;
import org.qinqing.hall.floor.Floor;

/** A clerk whose web session ended (logout or expiry) no longer sits at a window. */
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
