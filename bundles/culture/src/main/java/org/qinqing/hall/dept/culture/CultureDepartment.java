package org.qinqing.hall.dept.culture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区文化广电旅游体育局: performances, entertainment venues, internet cafés, travel agencies, sports, libraries. */
public class CultureDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(CultureVenueItems.COMMERCIAL_PERFORMANCE, new CommercialPerformance()),
            Map.entry(CultureVenueItems.VENUE_FILING, new VenueFiling()),
            Map.entry(CultureVenueItems.ENTERTAINMENT_VENUE, new EntertainmentVenue()),
            Map.entry(CultureVenueItems.INTERNET_CAFE, new InternetCafe()),
            Map.entry(CultureTourismItems.HIGH_RISK_SPORT, new HighRiskSport()),
            Map.entry(CultureTourismItems.TRAVEL_AGENCY, new TravelAgency()),
            Map.entry(CultureTourismItems.AGENCY_BRANCH, new AgencyBranch()),
            Map.entry(CultureTourismItems.LIBRARY_CARD, new LibraryCard()));

    @Override
    public String code() {
        return "culture";
    }

    @Override
    public String name() {
        return "南山区文化广电旅游体育局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(CultureVenueItems.all());
        all.addAll(CultureTourismItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
