package org.qinqing.hall.dept.housing;

import java.math.BigDecimal;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建筑工程施工许可证: for projects located in Nanshan; works of 300,000 yuan or less, or of 300 m²
 * or less, need no permit (施工许可管理办法 Art. 2). The permit lapses unless work starts within
 * three months (建筑法 Art. 9): its validity is that start deadline.
 */
final class ConstructionPermit implements ApprovalHandler {
    static final String NANSHAN = "南山区";
    static final String[] DISTRICTS = {NANSHAN, "福田区", "罗湖区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区"};
    static final BigDecimal MIN_INVESTMENT = new BigDecimal("30");
    static final BigDecimal MIN_AREA = new BigDecimal("300");
    static final int START_MONTHS = 3;

    @Override
    public CheckResult check(Application a) {
        if (!NANSHAN.equals(a.text("district"))) {
            return CheckResult.reject("工程位于" + a.text("district") + "，请向工程所在地住房和建设部门申请施工许可");
        }
        if (a.decimal("investment").compareTo(MIN_INVESTMENT) <= 0 || a.decimal("floorArea").compareTo(MIN_AREA) <= 0) {
            return CheckResult.reject("工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证");
        }
        return CheckResult.accept();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(HousingBuildItems.PERMIT_KIND, "建筑工程施工许可证")
                .validUntil(a.date().plusMonths(START_MONTHS))
                .text(a.text("projectName") + "，建设单位：" + a.applicant().name() + "，建筑面积" + a.decimal("floorArea").toPlainString()
                        + "平方米。应自领取之日起三个月内开工，逾期既不开工又不申请延期的，本证自行废止。")
                .attribute("projectName", a.text("projectName"))
                .attribute("extensions", "0")
                .build());
    }
}
