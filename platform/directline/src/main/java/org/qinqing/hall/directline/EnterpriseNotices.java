package org.qinqing.hall.directline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;

/** Notices to enterprises, their reach and read receipts. */
@ProviderType
public interface EnterpriseNotices {

    /**
     * Publishes a notice to the enterprises of the given categories and industries (staff); each reached
     * enterprise gets a message through the hall's notifiers.
     */
    EnterpriseNotice publish(String kind, String title, String body, List<String> categories, List<String> industries, Actor actor);

    /** @return notices, newest first, with reach and reads */
    List<EnterpriseNotice> list(int limit);

    /** @param enterprise credit code @return the notices that reached it, newest first */
    List<EnterpriseNotice> forEnterprise(String enterprise);

    /**
     * @param enterprise credit code
     * @return the ids of the notices the enterprise has read
     * @since 1.1
     */
    java.util.Set<Long> readBy(String enterprise);

    /** Records that the enterprise read the notice (once; later reads change nothing). */
    EnterpriseNotice read(long id, String enterprise);
}
