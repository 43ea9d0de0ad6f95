/**
 * Contract checks for department plugins: the same rules the platform applies when a
 * department bundle arrives, for a department's own unit tests.
 *
 * <pre>{@code
 * @Test
 * public void keepsTheDepartmentContract() {
 *     DepartmentContract.assertValid(new WaterDepartment());
 * }
 * }</pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.qinqing.hall.spi.contract;
