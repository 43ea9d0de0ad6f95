package org.qinqing.hall.dept.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 南山区人力资源局: talent introduction, graduate reception, employment services and subsidies, labour
 * market licences, labour relations, arbitration and labour inspection.
 */
public class HrDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(HrItems.TALENT_INTRODUCTION, new TalentIntroduction()),
            Map.entry(HrItems.GRADUATE_RECEPTION, new GraduateReception()),
            Map.entry(HrItems.EMPLOYMENT_REGISTRATION, new EmploymentRegistration()),
            Map.entry(HrItems.SKILLS_SUBSIDY, new SkillsSubsidy()),
            Map.entry(HrItems.STARTUP_SUBSIDY, new StartupSubsidy()),
            Map.entry(HrItems.NEWCOMER_SUBSIDY, new NewcomerSubsidy()),
            Map.entry(HrEmploymentItems.UNEMPLOYMENT_REGISTRATION, new UnemploymentRegistration()),
            Map.entry(HrEmploymentItems.EMPLOYMENT_DIFFICULTY, new EmploymentDifficulty()),
            Map.entry(HrEmploymentItems.FLEXIBLE_SUBSIDY, new FlexibleSubsidy()),
            Map.entry(HrEmploymentItems.INTERNSHIP_SUBSIDY, new InternshipSubsidy()),
            Map.entry(HrEmploymentItems.JUNIOR_TITLE, new JuniorTitle()),
            Map.entry(HrLabourItems.DISPATCH_LICENCE, new LabourDispatch()),
            Map.entry(HrLabourItems.DISPATCH_RENEWAL, new DispatchRenewal()),
            Map.entry(HrLabourItems.WORKING_HOURS, new WorkingHours()),
            Map.entry(HrLabourItems.COLLECTIVE_CONTRACT, new CollectiveContract()),
            Map.entry(HrLabourItems.LAYOFF_REPORT, new LayoffReport()),
            Map.entry(HrLabourItems.ARBITRATION, new LabourArbitration()),
            Map.entry(HrLabourItems.INSPECTION_COMPLAINT, new InspectionComplaint()));

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
        List<Item> all = new ArrayList<>(HrItems.all());
        all.addAll(HrEmploymentItems.all());
        all.addAll(HrLabourItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
