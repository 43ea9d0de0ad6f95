package org.qinqing.hall.dept.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 南山区卫生健康局: family planning, births, medical institutions and practitioners, hygiene licences,
 * childcare institutions and community health services.
 */
public class HealthDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(HealthItems.FAMILY_PLANNING_CERTIFICATE, new FamilyPlanningCertificate()),
            Map.entry(HealthItems.BIRTH_REGISTRATION, new BirthRegistration()),
            Map.entry(HealthItems.MEDICAL_INSTITUTION, new MedicalInstitution()),
            Map.entry(HealthItems.PHYSICIAN_REGISTRATION, new PhysicianRegistration()),
            Map.entry(HealthItems.NURSE_REGISTRATION, new NurseRegistration()),
            Map.entry(HealthItems.PUBLIC_PLACE_HYGIENE, new PublicPlaceHygiene()),
            Map.entry(HealthInstitutionItems.CHILDCARE_FILING, new ChildcareFiling()),
            Map.entry(HealthInstitutionItems.INSTITUTION_VALIDATION, new InstitutionValidation()),
            Map.entry(HealthInstitutionItems.CLINIC_FILING, new ClinicFiling()),
            Map.entry(HealthInstitutionItems.PUBLIC_PLACE_RENEWAL,
                    new LicenceRenewal(HealthInstitutionItems.HYGIENE_LICENCE, "公共场所卫生许可证", 4)),
            Map.entry(HealthServiceItems.BIRTH_CERTIFICATE_REISSUE, new BirthCertificateReissue()),
            Map.entry(HealthServiceItems.SPECIAL_ASSISTANCE, new SpecialAssistance()),
            Map.entry(HealthServiceItems.NURSE_RENEWAL, new LicenceRenewal("nurse-practice-certificate", "护士执业证书", 5)),
            Map.entry(HealthServiceItems.ELDERLY_CHECKUP, new ElderlyCheckup()));

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
        List<Item> all = new ArrayList<>(HealthItems.all());
        all.addAll(HealthInstitutionItems.all());
        all.addAll(HealthServiceItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
