package org.qinqing.hall.dept.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市规划和自然资源局南山管理局: planning permits, temporary land and buildings, forest land,
 * naming and surveying results, and real estate registration (不动产登记).
 */
public class PlanningDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(PlanningItems.LAND_USE_PERMIT, new LandUsePermit()),
            Map.entry(PlanningItems.WORKS_PERMIT, new WorksPermit()),
            Map.entry(PlanningItems.TEMPORARY_LAND_USE, new TemporaryLandUse()),
            Map.entry(PlanningItems.TEMPORARY_CONSTRUCTION, new TemporaryConstruction()),
            Map.entry(PlanningItems.PLANNING_VERIFICATION, new PlanningVerification()),
            Map.entry(PlanningItems.FOREST_LAND, new ForestLand()),
            Map.entry(PlanningItems.BUILDING_NAMING, new BuildingNaming()),
            Map.entry(PlanningItems.TRANSFER_REGISTRATION, new TransferRegistration()),
            Map.entry(PlanningItems.MORTGAGE_REGISTRATION, new MortgageRegistration()),
            Map.entry(PlanningItems.RECORDS_QUERY, new RecordsQuery()),
            Map.entry(PlanningItems.PROPERTY_STATUS, new PropertyStatus()),
            Map.entry(PlanningItems.CERTIFICATE_REISSUE, new CertificateReissue()));

    @Override
    public String code() {
        return "planning";
    }

    @Override
    public String name() {
        return "深圳市规划和自然资源局南山管理局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(LandItems.all());
        all.addAll(RealEstateItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
