package org.qinqing.hall.dept.housing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区住房和建设局: construction permits and filings, property sales and management, housing security, leases. */
public class HousingDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(HousingBuildItems.CONSTRUCTION_PERMIT, new ConstructionPermit()),
            Map.entry(HousingBuildItems.PERMIT_EXTENSION, new PermitExtension()),
            Map.entry(HousingBuildItems.BIDDING_REPORT, new BiddingReport()),
            Map.entry(HousingBuildItems.COMPLETION_FILING, new CompletionFiling()),
            Map.entry(HousingBuildItems.FIRE_ACCEPTANCE, new FireAcceptance(FireKinds.ACCEPTANCE, "特殊建设工程消防验收意见书")),
            Map.entry(HousingBuildItems.FIRE_FILING, new FireAcceptance(FireKinds.FILING, "其他建设工程消防验收备案凭证")),
            Map.entry(HousingPropertyItems.PRESALE_PERMIT, new PresalePermit()),
            Map.entry(HousingPropertyItems.MAINTENANCE_FUND, new OwnerVote(OwnerVote.Majority.SIMPLE)),
            Map.entry(HousingPropertyItems.ELEVATOR_RETROFIT, new OwnerVote(OwnerVote.Majority.THREE_QUARTERS)),
            Map.entry(HousingSecurityItems.PUBLIC_RENTAL, new PublicHousing(true, false)),
            Map.entry(HousingSecurityItems.AFFORDABLE_RENTAL, new PublicHousing(false, false)),
            Map.entry(HousingSecurityItems.SHARED_OWNERSHIP, new PublicHousing(true, true)),
            Map.entry(HousingSecurityItems.RENTAL_FILING, new RentalFiling()));

    @Override
    public String code() {
        return "housing";
    }

    @Override
    public String name() {
        return "南山区住房和建设局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(HousingBuildItems.all());
        all.addAll(HousingPropertyItems.all());
        all.addAll(HousingSecurityItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
