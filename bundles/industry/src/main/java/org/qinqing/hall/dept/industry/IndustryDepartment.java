package org.qinqing.hall.dept.industry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 南山区工业和信息化局: administrator of the district industry-support fund (the "1+7" policy,
 * 110 categories generated from the fund tables) and ten further enterprise-service items.
 */
public class IndustryDepartment implements DepartmentPlugin {

    private static final List<Item> ITEMS;
    private static final Map<String, ApprovalHandler> HANDLERS;

    static {
        List<Item> items = new ArrayList<>();
        Map<String, ApprovalHandler> handlers = new HashMap<>();
        for (FundCategory c : FundItems.categories()) {
            items.add(FundItems.item(c));
            handlers.put(c.code(), fundHandler(c));
        }
        items.addAll(IndustryItems.all());
        handlers.put(IndustryItems.TECH_RENOVATION, new TechRenovationFiling());
        handlers.put(IndustryItems.SPACE_LEASE, new InnovativeSpaceLease());
        handlers.put(IndustryItems.SPECIALISED, new SpecialisedSmeRecommendation());
        handlers.put(IndustryItems.NURSERY, new ScaleUpNursery());
        handlers.put(IndustryItems.KEY_ENTERPRISE, new KeyEnterpriseService());
        ITEMS = List.copyOf(items);
        HANDLERS = Map.copyOf(handlers);
    }

    static ApprovalHandler fundHandler(FundCategory c) {
        switch (c.family) {
            case PROPORTIONAL:
                return new ProportionalGrant(c);
            case GROWTH:
                return new GrowthReward(c);
            case CERTIFICATE:
                return new CertificateReward(c);
            case PREMISES:
                return new PremisesSubsidy(c);
            case FINANCING:
                return new FinancingCostSubsidy(c);
            case HEADCOUNT:
                return new HeadcountGrant(c);
            default:
                throw new IllegalStateException("no handler for family " + c.family);
        }
    }

    @Override
    public String code() {
        return "industry";
    }

    @Override
    public String name() {
        return "南山区工业和信息化局";
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
