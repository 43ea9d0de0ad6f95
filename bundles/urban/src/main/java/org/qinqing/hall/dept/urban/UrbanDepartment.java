package org.qinqing.hall.dept.urban;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 南山区城市管理和综合执法局: signboards and outdoor advertising, roads and greenery, construction and
 * kitchen waste, sanitation facilities, parks and complaints.
 */
public class UrbanDepartment implements DepartmentPlugin {

    private static final OutdoorAdvertising ADVERTISING = new OutdoorAdvertising();

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            UrbanItems.SIGNBOARD, new Signboard(),
            UrbanItems.OUTDOOR_ADVERTISING, ADVERTISING,
            UrbanItems.TEMPORARY_ADVERTISING, ADVERTISING,
            UrbanItems.ROAD_EXCAVATION, new RoadExcavation(),
            UrbanItems.GREEN_SPACE_OCCUPATION, new GreenSpaceOccupation(),
            UrbanItems.TREE_FELLING, new TreeFelling(),
            UrbanItems.CONSTRUCTION_WASTE_DISPOSAL, new ConstructionWaste(),
            UrbanItems.CONSTRUCTION_WASTE_TRANSPORT, new WasteTransport(),
            UrbanItems.KITCHEN_WASTE_REGISTRATION, new KitchenWaste());

    @Override
    public String code() {
        return "urban";
    }

    @Override
    public String name() {
        return "南山区城市管理和综合执法局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(AppearanceItems.all());
        all.addAll(RoadGreenItems.all());
        all.addAll(WasteItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
