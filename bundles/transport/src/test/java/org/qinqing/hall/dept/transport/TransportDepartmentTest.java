package org.qinqing.hall.dept.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.transport.Fixtures.COMPANY;
import static org.qinqing.hall.dept.transport.Fixtures.DEPT;
import static org.qinqing.hall.dept.transport.Fixtures.MAN_36;
import static org.qinqing.hall.dept.transport.Fixtures.app;
import static org.qinqing.hall.dept.transport.Fixtures.handler;
import static org.qinqing.hall.dept.transport.Fixtures.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.HallPromises;
import org.qinqing.hall.spi.contract.TestApplication;

public class TransportDepartmentTest {

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(DEPT);
        assertEquals(Level.MUNICIPAL, DEPT.level());
    }

    @Test
    public void meetsTheCatalogueQuota() {
        List<Item> items = DEPT.items();
        assertEquals(12, items.size());
        assertEquals(8, items.stream().filter(i -> i.has(Flag.ONE_WINDOW)).count());
        assertEquals(6, items.stream().filter(i -> i.has(Flag.WECHAT)).count());
        assertEquals(3, items.stream().filter(i -> i.has(Flag.ZERO_VISIT)).count());
        assertEquals(4, items.stream().filter(Item::halvedLimit).count());
        HallPromises.assertKept(DEPT, i -> app(i.code(), COMPANY).build());
    }

    private static TestApplication freight(int weight) {
        return app(TransportItems.FREIGHT_LICENCE, COMPANY).form("vehicles", 5).form("inspectedVehicles", 5)
                .form("maxGrossWeight", weight).form("qualifiedDrivers", 6);
    }

    @Test
    public void freightLicenceIsNotNeededForLightVansAndNeedsFitVehiclesAndQualifiedDrivers() {
        ApprovalHandler h = handler(TransportItems.FREIGHT_LICENCE);
        assertEquals(CheckResult.Outcome.REJECT, h.check(freight(4500).build()).outcome());
        Application truck = freight(18_000).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(truck).outcome());
        assertEquals(List.of(), h.review(truck));
        assertEquals("inspectedVehicles", h.review(freight(18_000).form("inspectedVehicles", 4).build()).get(0).subject());
        assertEquals("qualifiedDrivers", h.review(freight(18_000).form("qualifiedDrivers", 0).build()).get(0).subject());
    }

    @Test
    public void passengerLicenceRefusesDriversOver60OrWithRecentSeriousAccidents() {
        ApprovalHandler h = handler(TransportItems.PASSENGER_LICENCE);
        TestApplication t = app(TransportItems.PASSENGER_LICENCE, COMPANY).form("vehicles", 10).form("inspectedVehicles", 10)
                .form("drivers", 12).form("driversOver60", 0).form("driversWithAccidents", 0);
        assertEquals(List.of(), h.review(t.build()));
        assertEquals("driversOver60", h.review(t.form("driversOver60", 1).build()).get(0).subject());
        assertEquals("driversWithAccidents", h.review(t.form("driversOver60", 0).form("driversWithAccidents", 2).build()).get(0).subject());
    }

    private static TestApplication driver(String code, String issued) {
        return app(code, MAN_36).form("licenceIssued", issued).form("shenzhenHousehold", true).form("twelvePoints", false)
                .form("trafficCrime", false).form("drugOrDrunk", false).form("violentCrime", false);
    }

    @Test
    public void rideHailingDriverNeedsThreeYearsOfDrivingAndACleanRecord() {
        ApprovalHandler h = handler(TransportItems.RIDE_HAILING_DRIVER);
        assertEquals(List.of(), h.review(driver(TransportItems.RIDE_HAILING_DRIVER, "2023-03-02").build()));
        assertEquals("licenceIssued", h.review(driver(TransportItems.RIDE_HAILING_DRIVER, "2023-03-03").build()).get(0).subject());
        assertEquals("twelvePoints", h.review(driver(TransportItems.RIDE_HAILING_DRIVER, "2015-01-01").form("twelvePoints", true).build())
                .get(0).subject());
        assertEquals(2, h.review(driver(TransportItems.TAXI_DRIVER, "2015-01-01").form("drugOrDrunk", true).form("violentCrime", true).build())
                .size());
        assertEquals("ride-hailing-driver-certificate",
                h.issue(driver(TransportItems.RIDE_HAILING_DRIVER, "2015-01-01").build()).get(0).kind());
    }

    @Test
    public void rideHailingDriverWithoutAShenzhenHouseholdNeedsTheResidencePermit() {
        ApprovalHandler h = handler(TransportItems.RIDE_HAILING_DRIVER);
        TestApplication t = driver(TransportItems.RIDE_HAILING_DRIVER, "2015-01-01").form("shenzhenHousehold", false);
        assertEquals("residence-permit", h.check(t.build()).findings().get(0).subject());
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.material("residence-permit").build()).outcome());
    }

    private static TestApplication car(String registered, int mileage) {
        return app(TransportItems.RIDE_HAILING_VEHICLE, MAN_36).form("plate", "粤B·D12345").form("seats", 5).form("fuel", RideHailingVehicle.ELECTRIC)
                .form("registrationDate", registered).form("mileage", mileage).form("gpsInstalled", true).form("alarmInstalled", true);
    }

    @Test
    public void rideHailingVehicleIsAnElectricCarUnderEightYearsAnd600000Km() {
        ApprovalHandler h = handler(TransportItems.RIDE_HAILING_VEHICLE);
        Application ok = car("2024-06-01", 80_000).build();
        assertEquals(List.of(), h.review(ok));
        assertEquals(LocalDate.of(2032, 5, 31), h.issue(ok).get(0).validUntil());
        assertEquals("registrationDate", h.review(car("2018-03-02", 80_000).build()).get(0).subject());
        assertEquals("mileage", h.review(car("2024-06-01", 600_000).build()).get(0).subject());
        assertEquals("fuel", h.review(car("2024-06-01", 80_000).form("fuel", "燃油").build()).get(0).subject());
        assertEquals("seats", h.review(car("2024-06-01", 80_000).form("seats", 9).build()).get(0).subject());
        assertEquals("gpsInstalled", h.review(car("2024-06-01", 80_000).form("alarmInstalled", false).build()).get(0).subject());
    }

    @Test
    public void freightDriverMayBeAtMost60() {
        ApprovalHandler h = handler(TransportItems.FREIGHT_DRIVER);
        assertEquals(List.of(), h.review(app(TransportItems.FREIGHT_DRIVER, person("19650303", "011")).form("licenceClass", "B2").build()));
        assertEquals(1, h.review(app(TransportItems.FREIGHT_DRIVER, person("19650302", "011")).form("licenceClass", "B2").build()).size());
    }

    @Test
    public void maintenanceFilingOfClassOneOrTwoNeedsATechnicalLeadAndAQualityInspector() {
        ApprovalHandler h = handler(TransportItems.MAINTENANCE_FILING);
        TestApplication t = app(TransportItems.MAINTENANCE_FILING, COMPANY).form("category", MaintenanceFiling.CLASS_TWO)
                .form("technicalLeads", 1).form("qualityInspectors", 1);
        assertEquals(List.of(), h.review(t.build()));
        assertTrue(h.approvesInstantly(t.build()));
        assertEquals("qualityInspectors", h.review(t.form("qualityInspectors", 0).build()).get(0).subject());
        assertEquals(List.of(), h.review(t.form("category", MaintenanceFiling.CLASS_THREE).form("technicalLeads", 0).build()));
    }
}
