package org.qinqing.hall.composite.restaurant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, valid application for 开办餐饮店（一件事）, as a counter clerk would submit it: the shared
 * form (values as JSON carries them: strings, numbers, booleans; dates as YYYY-MM-DD strings) and the
 * materials (every one checked at the counter). Every step built from it passes its department's
 * check and review ({@link RestaurantOpeningTest}).
 *
 * <p>Three dates depend on the day of the application: the enterprise is established the day it is
 * registered ({@code establishedOn}: the registration is instant, so the application day), the
 * subscribed capital is paid within five years ({@code contributionDeadline}), and the EIA form is
 * filed before the restaurant opens ({@code operationDate}). {@link #form()} gives them for
 * {@link #ON}, 2026-03-02; {@link #form(LocalDate)} for another day.
 */
public final class RestaurantSample {
    /** The day {@link #form()} is valid for (a Monday). */
    public static final LocalDate ON = LocalDate.of(2026, 3, 2);
    /** The founder, who applies and becomes legal representative: born 1988-05-16 in Nanshan. */
    public static final String FOUNDER = "440305198805161239";
    /** The founder's name. */
    public static final String FOUNDER_NAME = "李明";
    /** The tax officer (办税人员) the new enterprise names. */
    public static final String TAX_OFFICER = "440305199003122144";
    /** The enterprise to be registered. */
    public static final String ENTERPRISE_NAME = "深圳味湘餐饮管理有限公司";

    private RestaurantSample() {
    }

    /** @return the shared form for an application on {@link #ON} */
    public static Map<String, Object> form() {
        return form(ON);
    }

    /**
     * @param on the day of the application
     * @return the shared form, its dates fitting that day
     */
    public static Map<String, Object> form(LocalDate on) {
        Map<String, Object> f = new LinkedHashMap<>();
        // 企业设立登记 (market-business-registration)
        f.put("enterpriseName", ENTERPRISE_NAME);
        f.put("tradeName", "味湘");
        f.put("organisationForm", "有限责任公司");
        f.put("registeredCapital", 50);
        f.put("investors", 1);
        f.put("contributionDeadline", on.plusYears(3).toString());
        f.put("legalRepresentativeId", FOUNDER);
        f.put("businessScope", "餐饮服务；食品销售；餐饮管理。");
        f.put("address", "深圳市南山区南头街道南山大道2088号一层101室");
        // 食品经营许可 (market-food-business-licence); premisesArea is also the fire check's area
        f.put("premisesArea", 120);
        f.put("processingArea", 35);
        f.put("staff", 8);
        f.put("healthCertified", 8);
        f.put("safetyManagers", 1);
        f.put("pollutionDistance", 60);
        f.put("onlineSales", true);
        // 新办纳税人涉税事项 (tax-new-taxpayer)
        f.put("taxpayerType", "小规模纳税人");
        f.put("taxOfficerId", TAX_OFFICER);
        f.put("taxOfficerPhone", "13912345678");
        f.put("specialInvoices", 10);
        f.put("ordinaryInvoices", 50);
        f.put("invoiceLimit", "十万元");
        // 单位参保登记 (social-employer-registration)
        f.put("establishedOn", on.toString());
        f.put("employees", 8);
        f.put("bankAccount", "44250100003809876543");
        f.put("contactPhone", "13812345678");
        // 公众聚集场所投入使用、营业前消防安全检查 (emergency-fire-safety-check)
        f.put("mode", "告知承诺");
        f.put("floor", 1);
        f.put("maxRoomArea", 80);
        f.put("occupancy", 60);
        f.put("designOccupancy", 80);
        // 户外招牌设置 (urban-signboard)
        f.put("text", "味湘湘菜馆");
        f.put("position", "一层门楣");
        f.put("shopfrontWidth", 8);
        f.put("width", 6);
        f.put("height", 1.2);
        f.put("projection", 0.3);
        f.put("illuminated", true);
        // 建设项目环境影响登记表备案 (ecology-eia-registration); its location is the shared address
        f.put("projectName", "深圳味湘餐饮管理有限公司南山大道餐饮店项目");
        f.put("eiaCategory", "名录规定填报环境影响登记表");
        f.put("operationDate", on.plusMonths(1).toString());
        f.put("totalInvestment", 80);
        return f;
    }

    /**
     * @return the materials, each {@code {code, presented: true}} (originals checked at the counter):
     *         every mandatory material the steps need from the applicant, and the optional ones this
     *         application's own answers make necessary (staff list: 8 employees; commitment letter:
     *         the commitment route of the fire check)
     */
    public static List<Map<String, Object>> materials() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : MATERIALS) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("presented", true);
            out.add(m);
        }
        return out;
    }

    /** The material codes of {@link #materials()}. */
    static final List<String> MATERIALS = List.of(
            "legal-rep-id", // 法定代表人身份证明: registration, food licence, tax, social insurance
            "articles", // 公司章程: registration
            "investor-ids", // 股东主体资格证明: registration
            "premises", // 住所（经营场所）使用证明: registration, food licence
            "layout", // 经营场所平面图、设备布局和操作流程图: food licence
            "safety-rules", // 食品安全管理制度: food licence
            "manager-certificate", // 食品安全管理人员培训考核合格证明: food licence
            "tax-officer-id", // 办税人员身份证件: tax
            "staff-list", // 参保职工花名册: social insurance (the employer has employees)
            "fire-acceptance", // 消防验收意见书或备案凭证: fire check
            "floor-plan", // 场所平面布置图和消防设施平面图: fire check
            "fire-rules", // 消防安全制度、灭火和应急疏散预案: fire check
            "commitment", // 消防安全告知承诺书: fire check (commitment route)
            "design"); // 招牌设置效果图: signboard
}
