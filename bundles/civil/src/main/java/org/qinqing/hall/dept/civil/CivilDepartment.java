package org.qinqing.hall.dept.civil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区民政局: marriage registration, social organisations, social assistance, elderly care and funerals. */
public class CivilDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(CivilMarriageItems.MARRIAGE, new MarriageRegistration()),
            Map.entry(CivilMarriageItems.DIVORCE, new DivorceRegistration()),
            Map.entry(CivilOrganisationItems.SOCIAL_ORGANISATION, new SocialOrganisation()),
            Map.entry(CivilOrganisationItems.NON_ENTERPRISE, new NonEnterprise()),
            Map.entry(CivilOrganisationItems.CHARITY_FUNDRAISING, new CharityFundraising()),
            Map.entry(CivilAssistanceItems.MINIMUM_LIVING, new MinimumLiving()),
            Map.entry(CivilAssistanceItems.SPECIAL_HARDSHIP, new SpecialHardship()),
            Map.entry(CivilAssistanceItems.TEMPORARY_ASSISTANCE, new TemporaryAssistance()),
            Map.entry(CivilAssistanceItems.DISABILITY_SUBSIDY, new DisabilitySubsidy()),
            Map.entry(CivilAssistanceItems.ELDERLY_ALLOWANCE, new ElderlyAllowance()),
            Map.entry(CivilAssistanceItems.SENIOR_CARD, new SeniorCard()));

    @Override
    public String code() {
        return "civil";
    }

    @Override
    public String name() {
        return "南山区民政局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(CivilMarriageItems.all());
        all.addAll(CivilOrganisationItems.all());
        all.addAll(CivilAssistanceItems.all());
        all.addAll(CivilServiceItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
