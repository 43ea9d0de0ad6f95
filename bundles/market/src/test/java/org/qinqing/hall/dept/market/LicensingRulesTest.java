package org.qinqing.hall.dept.market;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.qinqing.hall.dept.market.Fixtures.COMPANY;
import static org.qinqing.hall.dept.market.Fixtures.DAY;
import static org.qinqing.hall.dept.market.Fixtures.MAN_36;
import static org.qinqing.hall.dept.market.Fixtures.WOMAN_40;
import static org.qinqing.hall.dept.market.Fixtures.app;
import static org.qinqing.hall.dept.market.Fixtures.appWithout;
import static org.qinqing.hall.dept.market.Fixtures.handler;
import static org.qinqing.hall.dept.market.Fixtures.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.contract.TestApplication;

/** The rules of food, drug, device and special equipment licensing and of consumer complaints. */
public class LicensingRulesTest {
    private static final ApprovalHandler FOOD = handler(MarketItems.FOOD_BUSINESS_LICENCE);

    /** A 120 m² restaurant with 8 staff, all certified, one food safety manager, 40 m from pollution. */
    static TestApplication restaurant() {
        return app(MarketItems.FOOD_BUSINESS_LICENCE, COMPANY).form("category", "餐饮服务经营者")
                .form("address", "深圳市南山区粤海街道科技园路1号101").form("premisesArea", 120).form("processingArea", 45)
                .form("staff", 8).form("healthCertified", 8).form("safetyManagers", 1).form("pollutionDistance", 40);
    }

    @Test
    public void foodLicenceAdmitsACompliantRestaurantAndIssuesAFiveYearJyLicence() {
        Application a = restaurant().build();
        assertEquals(CheckResult.Outcome.ACCEPT, FOOD.check(a).outcome());
        assertEquals(List.of(), FOOD.review(a));
        IssuedDocument licence = FOOD.issue(a).get(0);
        assertEquals("food-business-licence", licence.kind());
        assertEquals(LocalDate.of(2031, 3, 1), licence.validUntil());
        assertTrue(licence.attributes().get("licenceNumber").matches("JY2440305\\d{7}"));
    }

    @Test
    public void foodLicenceAsksToCorrectAProcessingAreaLargerThanThePremisesOrMissingForARestaurant() {
        CheckResult larger = FOOD.check(restaurant().form("processingArea", 130).build());
        assertEquals(CheckResult.Outcome.SUPPLEMENT, larger.outcome());
        assertEquals("processingArea", larger.findings().get(0).subject());
        Application noArea = appWithout(MarketItems.FOOD_BUSINESS_LICENCE, COMPANY).form("category", "餐饮服务经营者")
                .form("address", "深圳市南山区").form("premisesArea", 120).form("staff", 8).form("healthCertified", 8)
                .form("safetyManagers", 1).form("pollutionDistance", 40).build();
        assertEquals(CheckResult.Outcome.SUPPLEMENT, FOOD.check(noArea).outcome());
    }

    @Test
    public void foodLicenceRequiresTwentyFiveMetresFromPollutionSources() {
        assertEquals(List.of(), FOOD.review(restaurant().form("pollutionDistance", 25).build()));
        assertEquals("pollutionDistance", FOOD.review(restaurant().form("pollutionDistance", 20).build()).get(0).subject());
    }

    @Test
    public void foodLicenceRequiresAFoodSafetyManager() {
        assertEquals("safetyManagers", FOOD.review(restaurant().form("safetyManagers", 0).build()).get(0).subject());
    }

    @Test
    public void foodLicenceRequiresAHealthCertificateForEveryFoodHandler() {
        List<?> f = FOOD.review(restaurant().form("healthCertified", 6).build());
        assertEquals(1, f.size());
        assertTrue(f.toString(), f.toString().contains("有2名从业人员"));
    }

    @Test
    public void foodLicenceChecksTheBusinessScopeOfALicenceFromTheVault() {
        TestApplication withScope = appWithout(MarketItems.FOOD_BUSINESS_LICENCE, COMPANY, "business-licence")
                .material("business-licence", null, Map.of("businessScope", "餐饮服务；食品销售"))
                .form("category", "餐饮服务经营者").form("address", "深圳市南山区").form("premisesArea", 120).form("processingArea", 45)
                .form("staff", 8).form("healthCertified", 8).form("safetyManagers", 1).form("pollutionDistance", 40);
        assertEquals(List.of(), FOOD.review(withScope.build()));
        TestApplication software = appWithout(MarketItems.FOOD_BUSINESS_LICENCE, COMPANY, "business-licence")
                .material("business-licence", null, Map.of("businessScope", "软件开发；信息技术咨询"))
                .form("category", "餐饮服务经营者").form("address", "深圳市南山区").form("premisesArea", 120).form("processingArea", 45)
                .form("staff", 8).form("healthCertified", 8).form("safetyManagers", 1).form("pollutionDistance", 40);
        assertEquals("business-licence", FOOD.review(software.build()).get(0).subject());
    }

    @Test
    public void foodLicenceChangeRefusesAChangeOfPremisesAndKeepsTheTerm() {
        ApprovalHandler h = handler(MarketItems.FOOD_LICENCE_CHANGE);
        LocalDate until = LocalDate.of(2029, 5, 31);
        TestApplication t = appWithout(MarketItems.FOOD_LICENCE_CHANGE, COMPANY, "food-licence")
                .material("food-licence", until, Map.of("licenceNumber", "JY24403050012347")).form("newValue", "新内容");
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("changeType", "经营场所").build()).outcome());
        Application name = t.form("changeType", "经营者名称").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(name).outcome());
        IssuedDocument changed = h.issue(name).get(0);
        assertEquals(until, changed.validUntil());
        assertEquals("JY24403050012347", changed.attributes().get("licenceNumber"));
    }

    @Test
    public void prepackagedFoodFilingRefusesBulkFoodAndApprovesInstantly() {
        ApprovalHandler h = handler(MarketItems.PREPACKAGED_FOOD_FILING);
        TestApplication t = app(MarketItems.PREPACKAGED_FOOD_FILING, COMPANY).form("address", "深圳市南山区");
        Application ok = t.form("sellsBulkFood", false).build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertTrue(h.issue(ok).get(0).attributes().get("filingNumber").startsWith("YB1440305"));
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("sellsBulkFood", true).build()).outcome());
    }

    @Test
    public void drugRetailNeedsAPharmacistHeadAndAPharmacistForPrescriptionDrugs() {
        ApprovalHandler h = handler(MarketItems.DRUG_RETAIL_LICENCE);
        TestApplication t = app(MarketItems.DRUG_RETAIL_LICENCE, COMPANY).form("premisesArea", 80).form("principalIsPharmacist", true);
        assertEquals(List.of(), h.review(t.form("scope", DrugRetailLicence.WITH_PRESCRIPTION).form("pharmacists", 1).build()));
        assertEquals("pharmacists", h.review(t.form("pharmacists", 0).build()).get(0).subject());
        assertEquals(List.of(), h.review(t.form("scope", DrugRetailLicence.CLASS_B_OTC).form("pharmacists", 0).build()));
        assertEquals("principalIsPharmacist", h.review(t.form("principalIsPharmacist", false).build()).get(0).subject());
        assertEquals(LocalDate.of(2031, 3, 1), h.issue(t.build()).get(0).validUntil());
    }

    @Test
    public void medicalDeviceFilingIsForClassTwoWithAQualifiedQualityManager() {
        ApprovalHandler h = handler(MarketItems.MEDICAL_DEVICE_FILING);
        TestApplication t = app(MarketItems.MEDICAL_DEVICE_FILING, COMPANY).form("deviceClasses", MedicalDeviceFiling.CLASS_II_ONLY);
        assertEquals(List.of(), h.review(t.form("qualityManagerQualified", true).build()));
        assertEquals(1, h.review(t.form("qualityManagerQualified", false).build()).size());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("deviceClasses", MedicalDeviceFiling.WITH_CLASS_III).build()).outcome());
    }

    @Test
    public void specialEquipmentLiftNeedsItsSupervisionCertificateAndRegistrationWithinThirtyDays() {
        ApprovalHandler h = handler(MarketItems.SPECIAL_EQUIPMENT_REGISTRATION);
        TestApplication lift = app(MarketItems.SPECIAL_EQUIPMENT_REGISTRATION, COMPANY).form("equipmentType", "电梯")
                .form("equipmentCode", "3110440305202600123").form("location", "深圳市南山区科技园路1号");
        assertEquals("supervision-inspection", h.check(lift.form("commissioningDate", "2026-02-01").build()).findings().get(0).subject());
        lift.material("supervision-inspection");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(lift.build()).outcome());
        assertEquals(List.of(), h.review(lift.form("commissioningDate", "2026-01-31").build()));
        assertEquals("commissioningDate", h.review(lift.form("commissioningDate", "2026-01-30").build()).get(0).subject());
        Application forklift = app(MarketItems.SPECIAL_EQUIPMENT_REGISTRATION, COMPANY).form("equipmentType", "场（厂）内专用机动车辆")
                .form("equipmentCode", "5110440305202600001").form("location", "深圳市南山区").form("commissioningDate", "2026-03-10").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(forklift).outcome());
    }

    @Test
    public void equipmentOperatorMustBeAdultAndBeforeTheGraduallyRaisedRetirementAge() {
        ApprovalHandler h = handler(MarketItems.EQUIPMENT_OPERATOR);
        assertEquals(List.of(), h.review(operator(MAN_36, EquipmentOperator.OPERATOR)));
        assertEquals(1, h.review(operator(person("20080601", "011"), EquipmentOperator.OPERATOR)).size());
        // born March 1965: 60 years and 1 month, retired on 2025-04-10
        assertEquals(1, h.review(operator(person("19650310", "011"), EquipmentOperator.OPERATOR)).size());
        // born May 1975, a woman: as an operator 50 years and 3 months (2025-08-01); as a manager 56 years and 5 months
        String woman = person("19750501", "022");
        assertTrue(h.review(operator(woman, EquipmentOperator.OPERATOR)).get(0).message().contains("50周岁3个月"));
        assertEquals(List.of(), h.review(operator(woman, EquipmentOperator.MANAGER)));
        assertEquals(List.of(), h.review(operator(WOMAN_40, EquipmentOperator.OPERATOR)));
    }

    private static Application operator(String id, String role) {
        return app(MarketItems.EQUIPMENT_OPERATOR, id).form("role", role).form("project", "N1叉车司机").build();
    }

    @Test
    public void retirementAgeFollowsTheTablesOfTheDecision() {
        assertEquals(LocalDate.of(2024, 12, 15), RetirementAge.retirementDate(LocalDate.of(1964, 12, 15), RetirementAge.Group.MEN));
        assertEquals(LocalDate.of(2025, 2, 15), RetirementAge.retirementDate(LocalDate.of(1965, 1, 15), RetirementAge.Group.MEN));
        assertEquals(LocalDate.of(2025, 7, 15), RetirementAge.retirementDate(LocalDate.of(1965, 5, 15), RetirementAge.Group.MEN));
        assertEquals(LocalDate.of(2039, 9, 1), RetirementAge.retirementDate(LocalDate.of(1976, 9, 1), RetirementAge.Group.MEN));
        assertEquals(LocalDate.of(2039, 11, 1), RetirementAge.retirementDate(LocalDate.of(1984, 11, 1), RetirementAge.Group.WOMEN_50));
    }

    @Test
    public void consumerComplaintIsNotAcceptedAfterThreeYearsOrWhenACourtHasTheCase() {
        ApprovalHandler h = handler(MarketItems.CONSUMER_COMPLAINT);
        TestApplication t = app(MarketItems.CONSUMER_COMPLAINT, MAN_36).form("respondent", "某餐厅").form("respondentAddress", "深圳市南山区")
                .form("amount", 268).form("demand", "退还餐费");
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(t.form("knownDate", "2023-03-02").form("otherProceedings", false).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("knownDate", "2023-03-01").build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(t.form("knownDate", "2026-02-01").form("otherProceedings", true).build()).outcome());
        assertEquals(DAY, t.build().date());
    }
}
