/**
 * The hall's metrics as Prometheus reads them. Core modules record with Micrometer's API
 * ({@code io.micrometer.core.instrument.Metrics}); the metrics bundle joins its Prometheus registry
 * to Micrometer's global registry while it runs, and the REST layer serves {@link HallMetrics#scrape()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.qinqing.hall.metrics;
