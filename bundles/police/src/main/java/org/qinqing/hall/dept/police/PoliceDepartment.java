package org.qinqing.hall.dept.police;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 深圳市公安局南山分局: household registration, identity cards, residence permits, certificates. */
public class PoliceDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            PoliceItems.TRANSFER_CARD, new TransferCard(),
            PoliceItems.ID_CARD_FIRST, new IdCardFirst(),
            PoliceItems.RESIDENCE_PERMIT, new ResidencePermit(),
            PoliceItems.NO_CRIMINAL_RECORD, new NoCriminalRecord(),
            PoliceItems.TEMPORARY_ID, new TemporaryId(),
            PoliceItems.BIRTH_HOUSEHOLD, new BirthHousehold());

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
        return PoliceItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
