package org.qinqing.hall.dept.sci;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区科技创新局: technology enterprises, innovation carriers, technology transfer, experts and founders. */
public class SciDepartment implements DepartmentPlugin {

    private static final List<Item> ITEMS;
    private static final Map<String, ApprovalHandler> HANDLERS;

    static {
        List<Item> items = new ArrayList<>(SciEnterpriseItems.all());
        Map<String, ApprovalHandler> handlers = new HashMap<>();
        for (CarrierSpec spec : SciCarriers.SPECS) {
            items.add(spec.item());
            handlers.put(spec.code, new MinimumRequirements(spec));
        }
        items.addAll(SciPeopleItems.all());
        handlers.put(SciEnterpriseItems.TECH_SME, new TechSmeEvaluation());
        handlers.put(SciEnterpriseItems.HIGH_TECH, new HighTechRecognition());
        handlers.put(SciEnterpriseItems.NURSERY, new HighTechNursery());
        handlers.put(SciEnterpriseItems.CONTRACT, new TechContractRegistration());
        handlers.put(SciEnterpriseItems.ADVANCED_SERVICE, new AdvancedServiceEnterprise());
        handlers.put(SciEnterpriseItems.HIGH_TECH_CHANGE, new HighTechChange());
        handlers.put(SciEnterpriseItems.ACCEPTANCE, new ProjectAcceptance());
        handlers.put(SciPeopleItems.ACHIEVEMENT, new AchievementRegistration());
        handlers.put(SciPeopleItems.EXPERT, new ExpertPool());
        handlers.put(SciPeopleItems.BROKER, new TechnologyBroker());
        handlers.put(SciPeopleItems.RETURNEE, new ReturneeParkEntry());
        handlers.put(SciPeopleItems.HK_MACAO, new HkMacaoYouth());
        handlers.put(SciPeopleItems.NONPROFIT, new NonprofitReview());
        ITEMS = List.copyOf(items);
        HANDLERS = Map.copyOf(handlers);
    }

    @Override
    public String code() {
        return "sci";
    }

    @Override
    public String name() {
        return "南山区科技创新局";
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
