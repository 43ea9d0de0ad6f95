package org.qinqing.hall.directline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/** 晒业绩: enterprises' achievement posts, published after a staff check. */
@ProviderType
public interface Achievements {

    /** An enterprise's agent submits a post (title up to 200, text up to 4,000 characters). */
    Achievement submit(String enterprise, String title, String text, Actor agent);

    /** Staff (approver of the enterprise's liaison department, or a supervisor) publish or refuse a submitted post. */
    Achievement check(long id, boolean publish, Actor staff);

    /** @param status SUBMITTED, PUBLISHED, REFUSED or {@code null} @return posts, newest first */
    List<Achievement> list(String status);
}
