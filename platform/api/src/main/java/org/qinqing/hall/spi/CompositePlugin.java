package org.qinqing.hall.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The service a composite bundle registers to offer "一件事" items: one application, fanned out
 * to the items of several departments (并联审批). Whiteboard, like {@link DepartmentPlugin}:
 *
 * <pre>{@code
 * <bean id="composites" class="org.example.hall.composite.TalentSettlement"/>
 * <service ref="composites" interface="org.qinqing.hall.spi.CompositePlugin"/>
 * }</pre>
 *
 * <p>The platform checks each composite when it arrives: a cycle, a step depending on an unknown
 * step, or an item its department does not offer refuses it, with the reason in the log and on
 * {@code hall:composites}. While a member department is not running, the composite is closed to
 * new intake and says which department it waits for; cases already running continue when the
 * department returns.
 */
@ConsumerType
public interface CompositePlugin {

    /** @return the composites this bundle offers; read once when the service arrives */
    List<Composite> composites();
}
