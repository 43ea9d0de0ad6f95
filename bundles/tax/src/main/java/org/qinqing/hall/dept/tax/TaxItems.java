package org.qinqing.hall.dept.tax;

/** Item codes and shared vault kinds of 国家税务总局深圳市南山区税务局. */
final class TaxItems {
    // enterprises
    static final String NEW_TAXPAYER = "tax-new-taxpayer";
    static final String GENERAL_TAXPAYER = "tax-general-taxpayer-registration";
    static final String INVOICE_LIMIT = "tax-invoice-limit-approval";
    static final String TAX_CLEARANCE = "tax-clearance";
    static final String VAT_DECLARATION = "tax-vat-declaration";
    static final String DEFERRED_PAYMENT = "tax-deferred-payment";
    static final String CROSS_REGION = "tax-cross-region-report";
    static final String EXPORT_REFUND_FILING = "tax-export-refund-filing";
    static final String IIT_WITHHOLDING = "tax-iit-withholding";
    // persons, or both
    static final String IIT_SETTLEMENT = "tax-iit-annual-settlement";
    static final String PAYMENT_CERTIFICATE = "tax-payment-certificate";
    static final String RESIDENCE_CERTIFICATE = "tax-residence-certificate";
    static final String VEHICLE_PURCHASE_TAX = "tax-vehicle-purchase-tax";
    static final String INVOICE_AGENCY = "tax-invoice-agency";
    static final String REFUND = "tax-refund";
    static final String FIXED_QUOTA = "tax-individual-business-fixed-quota";

    /** Vault kind of the 清税证明, reused by the market regulator's deregistration. */
    static final String CLEARANCE_KIND = "tax-clearance-certificate";

    private TaxItems() {
    }
}
