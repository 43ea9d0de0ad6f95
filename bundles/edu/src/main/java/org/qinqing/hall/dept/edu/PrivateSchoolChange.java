package org.qinqing.hall.dept.edu;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;

/**
 * 民办学校变更: a change of founder is made after a financial settlement, with the transfer
 * agreement (民办教育促进法 Art. 54); other changes need neither.
 */
final class PrivateSchoolChange implements ApprovalHandler {
    static final String FOUNDER = "变更举办者";
    static final String[] TYPES = {FOUNDER, "变更名称", "变更办学层次", "变更办学类别"};

    @Override
    public CheckResult check(Application a) {
        if (FOUNDER.equals(a.text("changeType"))) {
            if (a.material("settlement") == null) {
                return CheckResult.supplement(Finding.material("settlement", "变更举办者须先进行财务清算，提交财务清算报告"));
            }
            if (a.material("transfer-agreement") == null) {
                return CheckResult.supplement(Finding.material("transfer-agreement", "变更举办者须提交原举办者与新举办者签订的变更协议"));
            }
        }
        return CheckResult.accept();
    }
}
