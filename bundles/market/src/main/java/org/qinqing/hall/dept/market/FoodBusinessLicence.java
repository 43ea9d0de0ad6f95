package org.qinqing.hall.dept.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 食品经营许可. At intake: a positive premises area, a food processing area for catering and
 * canteens that fits inside the premises, no more certified staff than staff. On review: at least
 * 25 metres from pollution sources (食品经营许可审查通则), at least one food safety manager, every food
 * handler with a valid health certificate (《食品安全法》第四十五条), a business scope that covers the
 * business. Issues the 食品经营许可证 (kind {@code food-business-licence}), valid five years, numbered
 * JY + 主体业态 + 区划 + 顺序码 + 校验码.
 */
final class FoodBusinessLicence implements ApprovalHandler {
    static final String SALES = "食品销售经营者";
    static final String CATERING = "餐饮服务经营者";
    static final String CANTEEN = "单位食堂";
    static final String[] CATEGORIES = {SALES, CATERING, CANTEEN};
    static final BigDecimal MIN_DISTANCE = new BigDecimal("25");
    static final int VALID_YEARS = 5;

    static String categoryCode(String category) {
        return CATERING.equals(category) ? "2" : CANTEEN.equals(category) ? "3" : "1";
    }

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal area = a.decimal("premisesArea");
        BigDecimal processing = a.decimal("processingArea");
        if (area.signum() <= 0) {
            out.add(Finding.field("premisesArea", "经营场所面积须大于0"));
        }
        if (!SALES.equals(a.text("category")) && processing == null) {
            out.add(Finding.field("processingArea", "餐饮服务经营者和单位食堂须填写食品处理区面积"));
        }
        if (processing != null && processing.compareTo(area) > 0) {
            out.add(Finding.field("processingArea", "食品处理区面积不能大于经营场所面积"));
        }
        if (a.integer("staff") < 1) {
            out.add(Finding.field("staff", "从业人员人数至少为1"));
        }
        if (a.integer("healthCertified") > a.integer("staff")) {
            out.add(Finding.field("healthCertified", "持健康证明人数不能多于从业人员人数"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("pollutionDistance").compareTo(MIN_DISTANCE) < 0) {
            out.add(Finding.field("pollutionDistance", "经营场所距粪坑、污水池、暴露垃圾场（站）、旱厕等污染源须在25米以上，申报为"
                    + a.decimal("pollutionDistance").stripTrailingZeros().toPlainString() + "米"));
        }
        if (a.integer("safetyManagers") < 1) {
            out.add(Finding.field("safetyManagers", "须配备至少1名经培训考核合格的食品安全管理人员"));
        }
        long missing = a.integer("staff") - a.integer("healthCertified");
        if (missing > 0) {
            out.add(Finding.field("healthCertified", "有" + missing + "名从业人员未取得有效健康证明，取得健康证明后方可上岗"));
        }
        BigDecimal processing = a.decimal("processingArea");
        if (!SALES.equals(a.text("category")) && processing != null && processing.signum() <= 0) {
            out.add(Finding.field("processingArea", "餐饮服务和单位食堂须设置食品处理区"));
        }
        Finding scope = FoodRules.scopeFinding(a, SALES.equals(a.text("category")) ? "食品" : "餐饮");
        if (scope != null) {
            out.add(scope);
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String category = a.text("category");
        String number = Licences.number("JY", categoryCode(category) + FoodRules.REGION_NANSHAN, a);
        return List.of(IssuedDocument.of(MarketItems.FOOD_LICENCE, "食品经营许可证")
                .validUntil(a.date().plusYears(VALID_YEARS).minusDays(1))
                .text("许可证编号：" + number + "。经营者名称：" + a.applicant().name() + "。统一社会信用代码：" + a.applicant().number()
                        + "。主体业态：" + category + "。经营场所：" + a.text("address") + "。有效期至" + a.date().plusYears(VALID_YEARS).minusDays(1)
                        + "。发证机关：深圳市市场监督管理局。")
                .attribute("licenceNumber", number)
                .attribute("category", category)
                .attribute("address", a.text("address"))
                .attribute("premisesArea", a.decimal("premisesArea").toPlainString())
                .build());
    }
}
