package org.qinqing.hall.dept.social;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 深圳市社会保险基金管理局南山分局: employer and employee registration, pension, maternity,
 * unemployment and work-injury benefits, medical costs, records and the social security card.
 */
public class SocialDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(SocialItems.EMPLOYER_REGISTRATION, new EmployerRegistration()),
            Map.entry(SocialItems.EMPLOYEE_ENROLMENT, new EmployeeEnrolment()),
            Map.entry(SocialItems.EMPLOYER_RECORD, new RecordPrint("单位参保证明")),
            Map.entry(SocialItems.PERSONAL_RECORD, new RecordPrint("个人参保证明")),
            Map.entry(SocialItems.FLEXIBLE_ENROLMENT, new FlexibleEnrolment()),
            Map.entry(SocialItems.PENSION_TRANSFER, new PensionTransfer()),
            Map.entry(SocialItems.PENSION_CLAIM, new PensionClaim()),
            Map.entry(SocialItems.MATERNITY_ALLOWANCE, new MaternityAllowance()),
            Map.entry(SocialItems.UNEMPLOYMENT_BENEFIT, new UnemploymentBenefit()),
            Map.entry(SocialItems.DISABILITY_GRANT, new DisabilityGrant()),
            Map.entry(SocialItems.MEDICAL_REIMBURSEMENT, new MedicalReimbursement()),
            Map.entry(SocialItems.OFFSITE_MEDICAL_FILING, new OffsiteMedicalFiling()));

    @Override
    public String code() {
        return "social";
    }

    @Override
    public String name() {
        return "深圳市社会保险基金管理局南山分局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(EmployerItems.all());
        all.addAll(BenefitItems.all());
        all.addAll(PersonalItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
