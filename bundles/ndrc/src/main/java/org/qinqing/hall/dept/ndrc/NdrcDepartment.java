package org.qinqing.hall.dept.ndrc;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区发展和改革局: investment projects, energy conservation, prices, grain and credit. */
public class NdrcDepartment implements DepartmentPlugin {

    private static final List<Item> ITEMS = NdrcItems.all();
    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(InvestmentItems.FILING, new InvestmentFiling()),
            Map.entry(InvestmentItems.APPROVAL, new ProjectApproval()),
            Map.entry(InvestmentItems.EXTENSION, new ApprovalExtension()),
            Map.entry(InvestmentItems.TENDER, new TenderScheme()),
            Map.entry(InvestmentItems.ENERGY_REVIEW, new EnergyReview()),
            Map.entry(InvestmentItems.PROPOSAL, new GovernmentProject(GovernmentProject.Stage.PROPOSAL)),
            Map.entry(InvestmentItems.FEASIBILITY, new GovernmentProject(GovernmentProject.Stage.FEASIBILITY)),
            Map.entry(InvestmentItems.BUDGET, new GovernmentProject(GovernmentProject.Stage.BUDGET)),
            Map.entry(NdrcItems.PRICE, new PriceDetermination()),
            Map.entry(NdrcItems.GRAIN_PURCHASE, new GrainPurchaseFiling()),
            Map.entry(NdrcItems.PV, new DistributedPv()),
            Map.entry(NdrcItems.CREDIT, new CreditRepair()),
            Map.entry(NdrcItems.ENERGY_REPORT, new EnergyUseReport()));

    @Override
    public String code() {
        return "ndrc";
    }

    @Override
    public String name() {
        return "南山区发展和改革局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return ITEMS;
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
