package org.qinqing.hall.dept.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 南山区应急管理局: hazardous chemicals, fire safety checks of public gathering places (received at
 * this window of the hall), emergency plans, safety qualifications, rewards and disaster relief.
 */
public class EmergencyDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            EmergencyItems.HAZCHEM_LICENCE, new HazchemLicence(),
            EmergencyItems.HAZCHEM_RENEWAL, new HazchemRenewal(),
            EmergencyItems.MAJOR_HAZARD_FILING, new MajorHazardFiling(),
            EmergencyItems.FIRE_SAFETY_CHECK, new FireSafetyCheck(),
            EmergencyItems.ACCIDENT_PLAN_FILING, new AccidentPlanFiling(),
            EmergencyItems.PRINCIPAL_ASSESSMENT, new PrincipalAssessment(),
            EmergencyItems.SPECIAL_OPERATIONS, new SpecialOperations(),
            EmergencyItems.REPORT_REWARD, new ReportReward());

    @Override
    public String code() {
        return "emergency";
    }

    @Override
    public String name() {
        return "南山区应急管理局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(HazchemItems.all());
        all.addAll(SafetyItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
