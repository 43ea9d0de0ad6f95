package org.qinqing.hall.dept.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 代理记账许可 (《代理记账管理办法》): at least 3 full-time staff; the supervisor of the bookkeeping
 * business is full-time and holds at least the intermediate title (会计师) or has worked in
 * accounting for at least 3 years. The licence does not expire.
 */
final class BookkeepingLicence implements ApprovalHandler {
    static final String[] TITLES = {"无", "初级（助理会计师）", "中级（会计师）", "高级会计师", "正高级会计师"};
    static final long MIN_STAFF = 3;
    static final long MIN_YEARS = 3;
    private static final int INTERMEDIATE = 2;

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("fullTimeStaff") < MIN_STAFF) {
            out.add(Finding.field("fullTimeStaff", "专职从业人员" + a.integer("fullTimeStaff") + "名，不少于" + MIN_STAFF + "名"));
        }
        if (!a.flag("supervisorFullTime")) {
            out.add(Finding.field("supervisorFullTime", "主管代理记账业务的负责人须为专职从业人员"));
        }
        int rank = Arrays.asList(TITLES).indexOf(a.text("supervisorTitle"));
        if (rank < INTERMEDIATE && a.integer("supervisorYears") < MIN_YEARS) {
            out.add(Finding.field("supervisorTitle", "主管负责人须具有会计师以上专业技术职务资格或从事会计工作不少于" + MIN_YEARS + "年"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String number = "440305" + a.date().getYear() + a.caseNumber();
        return List.of(IssuedDocument.of(FinanceItems.BOOKKEEPING_LICENCE, "代理记账许可证书")
                .text(a.applicant().name() + "经审批取得代理记账资格，许可证书编号" + number + "。机构应于每年4月30日前报送上一年度代理记账业务情况。")
                .attribute("licenceNumber", number)
                .build());
    }
}
