package org.qinqing.hall.dept.ecology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市生态环境局南山管理局: environmental impact assessment, pollutant discharge permits, night
 * construction, hazardous waste, radiation and environmental complaints.
 */
public class EcologyDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            EcologyItems.EIA_FORM_APPROVAL, new EiaApproval("建设项目环境影响报告表的批复"),
            EcologyItems.EIA_BOOK_APPROVAL, new EiaApproval("建设项目环境影响报告书的批复"),
            EcologyItems.EIA_REGISTRATION, new EiaRegistration(),
            EcologyItems.EIA_RECHECK, new EiaRecheck(),
            EcologyItems.NIGHT_CONSTRUCTION, new NightConstruction(),
            EcologyItems.DISCHARGE_PERMIT, new DischargePermit(),
            EcologyItems.DISCHARGE_RENEWAL, new DischargeRenewal(),
            EcologyItems.DISCHARGE_REGISTRATION, new DischargeRegistration(),
            EcologyItems.HAZWASTE_PLAN, new HazwastePlan(),
            EcologyItems.RADIATION_LICENCE, new RadiationLicence());

    @Override
    public String code() {
        return "ecology";
    }

    @Override
    public String name() {
        return "深圳市生态环境局南山管理局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(EiaItems.all());
        all.addAll(PermitItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
