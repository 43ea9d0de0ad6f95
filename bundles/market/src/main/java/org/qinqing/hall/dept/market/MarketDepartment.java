package org.qinqing.hall.dept.market;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市市场监督管理局南山监管局: commercial registration (商事登记), food and drug licensing,
 * special equipment, metrology and consumer complaints, at the district hall's market window.
 */
public class MarketDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(MarketItems.BUSINESS_REGISTRATION, new BusinessRegistration()),
            Map.entry(MarketItems.NAME_DECLARATION, new NameDeclaration()),
            Map.entry(MarketItems.CHANGE_REGISTRATION, new ChangeRegistration()),
            Map.entry(MarketItems.DEREGISTRATION, new Deregistration()),
            Map.entry(MarketItems.BRANCH_REGISTRATION, new BranchRegistration()),
            Map.entry(MarketItems.INDIVIDUAL_REGISTRATION, new IndividualBusinessRegistration()),
            Map.entry(MarketItems.ANNUAL_REPORT, new AnnualReport()),
            Map.entry(MarketItems.ABNORMAL_LIST_REMOVAL, new AbnormalListRemoval()),
            Map.entry(MarketItems.FOOD_BUSINESS_LICENCE, new FoodBusinessLicence()),
            Map.entry(MarketItems.FOOD_LICENCE_CHANGE, new FoodLicenceChange()),
            Map.entry(MarketItems.PREPACKAGED_FOOD_FILING, new PrepackagedFoodFiling()),
            Map.entry(MarketItems.SPECIAL_EQUIPMENT_REGISTRATION, new SpecialEquipmentRegistration()),
            Map.entry(MarketItems.EQUIPMENT_OPERATOR, new EquipmentOperator()),
            Map.entry(MarketItems.DRUG_RETAIL_LICENCE, new DrugRetailLicence()),
            Map.entry(MarketItems.MEDICAL_DEVICE_FILING, new MedicalDeviceFiling()),
            Map.entry(MarketItems.CONSUMER_COMPLAINT, new ConsumerComplaint()));

    @Override
    public String code() {
        return "market";
    }

    @Override
    public String name() {
        return "深圳市市场监督管理局南山监管局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        return MarketItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
