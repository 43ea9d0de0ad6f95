package org.qinqing.hall.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The service a department bundle registers to join the hall (whiteboard pattern).
 *
 * <pre>{@code
 * <bean id="department" class="org.example.hall.dept.water.WaterDepartment"/>
 * <service ref="department" interface="org.qinqing.hall.spi.DepartmentPlugin"/>
 * }</pre>
 *
 * <p>The platform checks the plugin when it arrives ({@link org.qinqing.hall.spi.contract.DepartmentContract});
 * a plugin that fails the contract, or claims a department or item code another bundle
 * already holds, is refused with the reason in the log and on {@code hall:departments}.
 * Stopping the bundle withdraws its items from new intake; its cases stay stored and continue
 * when it returns. Updating the bundle replaces its items; cases keep the version they were
 * accepted under.
 */
@ConsumerType
public interface DepartmentPlugin {

    /** @return the department code, a short lowercase slug such as {@code hr} */
    String code();

    /** @return the Chinese name, e.g. {@code 南山区人力资源局} */
    String name();

    /** @return district or municipal */
    Level level();

    /** @return the department's service items; read once when the plugin arrives */
    List<Item> items();

    /**
     * @param itemCode the code of one of {@link #items()}
     * @return the approval logic for that item; {@link ApprovalHandler#STANDARD} by default
     */
    default ApprovalHandler handler(String itemCode) {
        return ApprovalHandler.STANDARD;
    }
}
