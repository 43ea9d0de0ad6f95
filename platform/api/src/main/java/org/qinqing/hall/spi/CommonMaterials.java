package org.qinqing.hall.spi;

/**
 * Materials many items ask for, with the vault kinds the whole hall shares, so that one
 * department's certificate is reused by another's item.
 */
public final class CommonMaterials {
    /** Vault kind of the resident identity card. */
    public static final String ID_CARD = "id-card";
    /** Vault kind of the business licence (营业执照). */
    public static final String BUSINESS_LICENCE = "business-licence";
    /** Vault kind of the household register (户口簿). */
    public static final String HOUSEHOLD_REGISTER = "household-register";
    /** Vault kind of a degree or diploma certificate (学历证书). */
    public static final String DEGREE = "degree-certificate";

    private CommonMaterials() {
    }

    /** @return 居民身份证, original shown, reusable */
    public static Material.Builder idCard() {
        return Material.of("id-card", "居民身份证").form(MaterialForm.ORIGINAL).reusable(ID_CARD);
    }

    /** @return 营业执照, copy, reusable */
    public static Material.Builder businessLicence() {
        return Material.of("business-licence", "营业执照").reusable(BUSINESS_LICENCE);
    }

    /** @return 法定代表人身份证明, copy, reusable under the ID card kind */
    public static Material.Builder legalRepresentativeId() {
        return Material.of("legal-rep-id", "法定代表人身份证明").reusable(ID_CARD);
    }

    /** @return 授权委托书, optional: only when an agent applies */
    public static Material.Builder agentAuthorisation() {
        return Material.of("authorisation", "授权委托书及受托人身份证").optional().note("委托他人代办时提交");
    }

    /** @return 户口簿, original shown, reusable */
    public static Material.Builder householdRegister() {
        return Material.of("household-register", "户口簿").form(MaterialForm.ORIGINAL).reusable(HOUSEHOLD_REGISTER);
    }

    /** @return 学历证书, copy, reusable */
    public static Material.Builder degree() {
        return Material.of("degree", "学历证书").reusable(DEGREE);
    }
}
