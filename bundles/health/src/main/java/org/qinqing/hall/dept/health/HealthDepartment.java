package org.qinqing.hall.dept.health;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区卫生健康局: family planning, births, medical institutions and practitioners, hygiene licences. */
public class HealthDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            HealthItems.FAMILY_PLANNING_CERTIFICATE, new FamilyPlanningCertificate(),
            HealthItems.BIRTH_REGISTRATION, new BirthRegistration(),
            HealthItems.MEDICAL_INSTITUTION, new MedicalInstitution(),
            HealthItems.PHYSICIAN_REGISTRATION, new PhysicianRegistration(),
            HealthItems.NURSE_REGISTRATION, new NurseRegistration(),
            HealthItems.PUBLIC_PLACE_HYGIENE, new PublicPlaceHygiene());

    @Override
    public String code() {
        return "health";
    }

    @Override
    public String name() {
        return "南山区卫生健康局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return HealthItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
