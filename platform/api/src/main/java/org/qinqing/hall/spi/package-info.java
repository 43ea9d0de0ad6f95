/**
 * The department SPI: what a department bundle implements to join the hall.
 *
 * <p>A department bundle registers one {@link org.qinqing.hall.spi.DepartmentPlugin} service
 * (usually with Blueprint). The plugin names the department, lists its service items
 * ({@link org.qinqing.hall.spi.Item}) and hands out the approval logic
 * ({@link org.qinqing.hall.spi.ApprovalHandler}) for each item. The platform follows these
 * services (whiteboard): a started bundle's items appear in the catalogue at once, a stopped
 * bundle's items are withdrawn from new intake while its cases are kept.
 *
 * <p>Types marked {@code @ConsumerType} are implemented by departments; types marked
 * {@code @ProviderType} are implemented by the platform and only called by departments.
 * Value classes ({@code Item}, {@code Material}, …) are immutable and built with builders,
 * so new optional attributes can be added in minor versions.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.qinqing.hall.spi;
