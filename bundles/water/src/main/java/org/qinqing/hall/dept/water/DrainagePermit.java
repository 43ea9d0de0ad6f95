package org.qinqing.hall.dept.water;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 排水许可: a restaurant shows its grease trap, industry and hospitals a water-quality test; the
 * permit runs 5 years, for building works no longer than the works (许可管理办法), whose end date
 * is then required.
 */
final class DrainagePermit implements ApprovalHandler {
    static final String CATERING = "餐饮";
    static final String WORKS = "建筑施工";
    static final String[] CATEGORIES = {CATERING, "洗车", "医疗", "工业", WORKS, "其他"};
    static final Map<String, String> PROOF = Map.of(CATERING, "grease-trap", "医疗", "water-test", "工业", "water-test");
    static final int YEARS = 5;

    @Override
    public CheckResult check(Application a) {
        String proof = PROOF.get(a.text("category"));
        if (proof != null && a.material(proof) == null) {
            return CheckResult.supplement(Finding.material(proof, a.text("category") + "排水户须提交" + a.item().material(proof).name()));
        }
        if (WORKS.equals(a.text("category"))) {
            if (a.date("worksEnd") == null) {
                return CheckResult.supplement(Finding.field("worksEnd", "建筑施工排水须填写施工期限截止日期"));
            }
            if (!a.date("worksEnd").isAfter(a.date())) {
                return CheckResult.supplement(Finding.field("worksEnd", "施工期限截止日期须晚于申请日期"));
            }
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        LocalDate until = a.date().plusYears(YEARS);
        if (WORKS.equals(a.text("category")) && a.date("worksEnd").isBefore(until)) {
            until = a.date("worksEnd");
        }
        return List.of(IssuedDocument.of(WaterDrainageItems.DRAINAGE_LICENCE, "城镇污水排入排水管网许可证")
                .validUntil(until)
                .text(a.applicant().name() + "，排水户类别：" + a.text("category") + "，日均排水量" + a.decimal("dailyVolume").toPlainString()
                        + "立方米，须按许可的排放口、水质和水量排放。")
                .attribute("category", a.text("category"))
                .build());
    }
}
