package org.qinqing.hall.metrics;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Every meter the hall records, in the Prometheus text exposition format, and who may read them
 * (configuration {@code org.qinqing.hall.metrics}).
 */
@ProviderType
public interface HallMetrics {

    /** @return the Content-Type of {@link #scrape()}: {@code text/plain; version=0.0.4; charset=utf-8} */
    String contentType();

    /** @return the current value of every meter, in the Prometheus text exposition format */
    String scrape();

    /**
     * @return whether a caller on the hall's own machine (loopback address, no proxy header) may
     *         read the metrics without logging in ({@code allowLoopback}, default {@code true});
     *         an {@code admin} may always
     */
    boolean loopbackAllowed();
}
