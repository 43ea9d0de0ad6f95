package org.qinqing.hall.dept.tax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/**
 * 国家税务总局深圳市南山区税务局: taxpayer registration and invoices, declarations, certificates,
 * individual income tax, deferrals and refunds, at the district hall's tax windows.
 */
public class TaxDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(TaxItems.NEW_TAXPAYER, new NewTaxpayer()),
            Map.entry(TaxItems.GENERAL_TAXPAYER, new GeneralTaxpayer()),
            Map.entry(TaxItems.INVOICE_LIMIT, new InvoiceLimit()),
            Map.entry(TaxItems.TAX_CLEARANCE, new TaxClearance()),
            Map.entry(TaxItems.DEFERRED_PAYMENT, new DeferredPayment()),
            Map.entry(TaxItems.CROSS_REGION, new CrossRegion()),
            Map.entry(TaxItems.IIT_SETTLEMENT, new IitSettlement()),
            Map.entry(TaxItems.PAYMENT_CERTIFICATE, new PaymentCertificate()),
            Map.entry(TaxItems.RESIDENCE_CERTIFICATE, new ResidenceCertificate()),
            Map.entry(TaxItems.VEHICLE_PURCHASE_TAX, new VehiclePurchaseTax()),
            Map.entry(TaxItems.REFUND, new TaxRefund()));

    @Override
    public String code() {
        return "tax";
    }

    @Override
    public String name() {
        return "国家税务总局深圳市南山区税务局";
    }

    @Override
    public Level level() {
        return Level.MUNICIPAL;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(EnterpriseTaxItems.all());
        all.addAll(PersonalTaxItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
