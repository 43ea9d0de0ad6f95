package org.qinqing.hall.dept.market;

import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.ProvidedMaterial;

/** Checks shared by the food items. */
final class FoodRules {
    static final String REGION_NANSHAN = "440305";

    private FoodRules() {
    }

    /**
     * The business scope recorded on the business licence (when the licence came from the vault
     * with its attributes) must cover the food business applied for.
     *
     * @param a the application, with material {@code business-licence}
     * @param keyword what the scope must mention, e.g. 餐饮
     * @return a finding, or {@code null} when the scope covers it or is not known
     */
    static Finding scopeFinding(Application a, String keyword) {
        ProvidedMaterial licence = a.material("business-licence");
        String scope = licence == null ? null : licence.attributes().get("businessScope");
        if (scope != null && !scope.contains(keyword)) {
            return Finding.material("business-licence", "营业执照经营范围未包含“" + keyword + "”，请先办理经营范围变更登记");
        }
        return null;
    }

    /** @param m a provided licence, or {@code null} @return its licence number, or an empty string */
    static String licenceNumber(ProvidedMaterial m) {
        return m == null ? "" : m.attributes().getOrDefault("licenceNumber", "");
    }
}
