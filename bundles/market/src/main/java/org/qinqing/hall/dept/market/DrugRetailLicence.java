package org.qinqing.hall.dept.market;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 药品零售企业许可: the head of the enterprise is a licensed pharmacist (《药品经营质量管理规范》); a pharmacy
 * selling prescription or class A OTC drugs has at least one licensed pharmacist to review
 * prescriptions, while one selling class B OTC drugs only may staff trained sales personnel instead
 * (《药品经营和使用质量监督管理办法》). Licence valid five years.
 */
final class DrugRetailLicence implements ApprovalHandler {
    static final String WITH_PRESCRIPTION = "处方药、甲类非处方药、乙类非处方药";
    static final String CLASS_B_OTC = "乙类非处方药";
    static final String[] SCOPES = {WITH_PRESCRIPTION, CLASS_B_OTC};
    static final int VALID_YEARS = 5;

    @Override
    public CheckResult check(Application a) {
        if (a.decimal("premisesArea").signum() <= 0) {
            return CheckResult.supplement(Finding.field("premisesArea", "营业场所面积须大于0"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!a.flag("principalIsPharmacist")) {
            out.add(Finding.field("principalIsPharmacist", "药品零售企业的企业负责人应当具备执业药师资格"));
        }
        if (WITH_PRESCRIPTION.equals(a.text("scope")) && a.integer("pharmacists") < 1) {
            out.add(Finding.field("pharmacists", "经营处方药、甲类非处方药的，须配备至少1名执业药师负责处方审核，申报为0名"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = Licences.number("粤CB", "755", a);
        return List.of(IssuedDocument.of("drug-business-licence", "药品经营许可证（零售）")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("证号：" + number + "。企业名称：" + a.applicant().name() + "。经营方式：零售。经营范围：" + a.text("scope") + "。")
                .attribute("licenceNumber", number)
                .attribute("scope", a.text("scope"))
                .build());
    }
}
