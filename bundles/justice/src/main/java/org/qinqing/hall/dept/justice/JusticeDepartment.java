package org.qinqing.hall.dept.justice;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区司法局: legal aid, people's mediation, grassroots legal services, community correction, people's assessors. */
public class JusticeDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            JusticeItems.LEGAL_AID, new LegalAid(),
            JusticeItems.MEDIATION, new PeopleMediation(),
            JusticeItems.LEGAL_WORKER, new LegalWorkerLicence(),
            JusticeItems.CORRECTION_LEAVE, new CorrectionLeave(),
            JusticeItems.PEOPLE_ASSESSOR, new PeopleAssessor());

    @Override
    public String code() {
        return "justice";
    }

    @Override
    public String name() {
        return "南山区司法局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return JusticeItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
