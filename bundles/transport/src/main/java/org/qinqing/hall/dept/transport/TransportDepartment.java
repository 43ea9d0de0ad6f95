package org.qinqing.hall.dept.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市交通运输局南山管理局: road freight and passenger licences, taxis and ride-hailing, drivers'
 * qualifications, vehicle maintenance and other filings.
 */
public class TransportDepartment implements DepartmentPlugin {

    private static final TaxiDriver TAXI_DRIVER = new TaxiDriver();

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            TransportItems.FREIGHT_LICENCE, new FreightLicence(),
            TransportItems.PASSENGER_LICENCE, new PassengerLicence(),
            TransportItems.RIDE_HAILING_DRIVER, TAXI_DRIVER,
            TransportItems.TAXI_DRIVER, TAXI_DRIVER,
            TransportItems.RIDE_HAILING_VEHICLE, new RideHailingVehicle(),
            TransportItems.FREIGHT_DRIVER, new FreightDriver(),
            TransportItems.MAINTENANCE_FILING, new MaintenanceFiling());

    @Override
    public String code() {
        return "transport";
    }

    @Override
    public String name() {
        return "深圳市交通运输局南山管理局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(OperatorItems.all());
        all.addAll(TaxiItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
