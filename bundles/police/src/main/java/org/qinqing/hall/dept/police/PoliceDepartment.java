package org.qinqing.hall.dept.police;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市公安局南山分局: household registration, identity cards, residence permits, certificates, exit-entry
 * documents, traffic services and public-order licences.
 */
public class PoliceDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(PoliceItems.TRANSFER_CARD, new TransferCard()),
            Map.entry(PoliceItems.ID_CARD_FIRST, new IdCardFirst()),
            Map.entry(PoliceItems.RESIDENCE_PERMIT, new ResidencePermit()),
            Map.entry(PoliceItems.NO_CRIMINAL_RECORD, new NoCriminalRecord()),
            Map.entry(PoliceItems.TEMPORARY_ID, new TemporaryId()),
            Map.entry(PoliceItems.BIRTH_HOUSEHOLD, new BirthHousehold()),
            Map.entry(PoliceHouseholdItems.ID_CARD_RENEWAL, new IdCardIssue(true)),
            Map.entry(PoliceHouseholdItems.ID_CARD_REISSUE, new IdCardIssue(false)),
            Map.entry(PoliceHouseholdItems.RESIDENCE_REGISTRATION, new ResidenceRegistration()),
            Map.entry(PoliceHouseholdItems.NAME_CHANGE, new NameChange()),
            Map.entry(PoliceHouseholdItems.DEATH_CANCELLATION, new DeathCancellation()),
            Map.entry(PoliceServiceItems.PASSPORT, new TravelDocument("passport", "中华人民共和国普通护照")),
            Map.entry(PoliceServiceItems.HK_MACAU_PERMIT, new TravelDocument("hk-macau-permit", "往来港澳通行证")),
            Map.entry(PoliceServiceItems.HK_MACAU_ENDORSEMENT, new Endorsement()),
            Map.entry(PoliceServiceItems.DRIVING_LICENCE_RENEWAL, new DrivingLicenceRenewal()),
            Map.entry(PoliceServiceItems.INSPECTION_EXEMPTION, new InspectionExemption()),
            Map.entry(PoliceServiceItems.SECURITY_GUARD, new SecurityGuard()),
            Map.entry(PoliceServiceItems.SEAL_FILING, new SealFiling()),
            Map.entry(PoliceServiceItems.LARGE_EVENT, new LargeEvent()));

    @Override
    public String code() {
        return "police";
    }

    @Override
    public String name() {
        return "深圳市公安局南山分局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(PoliceItems.all());
        all.addAll(PoliceHouseholdItems.all());
        all.addAll(PoliceServiceItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
