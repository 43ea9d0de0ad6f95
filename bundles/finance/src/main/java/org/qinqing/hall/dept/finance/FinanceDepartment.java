package org.qinqing.hall.dept.finance;

import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区财政局: procurement complaints, accountants, fiscal bills, non-tax refunds and state assets. */
public class FinanceDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.of(
            FinanceItems.COMPLAINT, new ProcurementComplaint(),
            FinanceItems.CPE, new ContinuingEducation(),
            FinanceItems.BILLS, new FiscalBills(),
            FinanceItems.REFUND, new NonTaxRefund(),
            FinanceItems.BOOKKEEPING, new BookkeepingLicence(),
            FinanceItems.EXAM, new AccountingExam(),
            FinanceItems.REGISTRATION, new AccountantRegistration(),
            FinanceItems.ASSET, new AssetDisposal());

    @Override
    public String code() {
        return "finance";
    }

    @Override
    public String name() {
        return "南山区财政局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return FinanceItems.all();
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
