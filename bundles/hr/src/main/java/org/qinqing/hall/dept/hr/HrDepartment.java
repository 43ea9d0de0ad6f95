package org.qinqing.hall.dept.hr;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区人力资源局: talent introduction, graduate reception, employment and subsidies. */
public class HrDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            HrItems.TALENT_INTRODUCTION, new TalentIntroduction(),
            HrItems.GRADUATE_RECEPTION, new GraduateReception(),
            HrItems.EMPLOYMENT_REGISTRATION, new EmploymentRegistration(),
            HrItems.SKILLS_SUBSIDY, new SkillsSubsidy(),
            HrItems.STARTUP_SUBSIDY, new StartupSubsidy(),
            HrItems.NEWCOMER_SUBSIDY, new NewcomerSubsidy());

    @Override
    public String code() {
        return "hr";
    }

    @Override
    public String name() {
        return "南山区人力资源局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return HrItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
