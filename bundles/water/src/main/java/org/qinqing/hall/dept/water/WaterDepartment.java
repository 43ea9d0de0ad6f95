package org.qinqing.hall.dept.water;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区水务局: water abstraction, drainage permits, river works, soil and water conservation. */
public class WaterDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            WaterResourceItems.ABSTRACTION, new AbstractionPermit(),
            WaterResourceItems.ABSTRACTION_RENEWAL, new PermitRenewal(PermitRenewal.ABSTRACTION_DAYS, "取水许可证"),
            WaterResourceItems.SOIL_CONSERVATION, new SoilConservation(),
            WaterDrainageItems.DRAINAGE, new DrainagePermit(),
            WaterDrainageItems.DRAINAGE_RENEWAL, new PermitRenewal(PermitRenewal.DRAINAGE_DAYS, "排水许可证"));

    @Override
    public String code() {
        return "water";
    }

    @Override
    public String name() {
        return "南山区水务局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(WaterResourceItems.all());
        all.addAll(WaterDrainageItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
