package org.qinqing.hall.itests.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Rule;
import org.junit.rules.TestName;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.qinqing.hall.api.identity.ResidentIds;

/**
 * One hall process and one headless Chromium per test class (several test methods share them),
 * the clock fixed on Monday 2 March 2026 so every deadline is known, and the applications the
 * tests set up through the REST API.
 */
@SuppressWarnings("unchecked")
public abstract class WebTestSupport {
    static final String CLOCK = "2026-03-02T10:00:00+08:00";
    static final String MAN = "44030519900101123X";
    static final String WOMAN = "440305198503151246";
    static final String COMPANY = "91440300123456788M";
    static final String WRONG_CHECK_DIGIT = "440305199001011231";

    static WebHall hall;
    static Browser browser;

    @Rule
    public TestName testName = new TestName();

    /** A failed test leaves a screenshot of what the browser showed. */
    @Rule
    public TestWatcher onFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description d) {
            if (browser != null) {
                try {
                    browser.screenshot(d.getTestClass().getSimpleName() + "-" + d.getMethodName() + "-FAILED");
                } catch (RuntimeException ignored) {
                    // the browser itself failed: the test's own error says more
                }
            }
        }
    };

    /** Starts the class's hall (HTTP on port) and a browser at the counter screen's size. */
    static void startHall(String name, int port) throws Exception {
        hall = WebHall.start(name, port, CLOCK);
        browser = new Browser(hall.base(), 1366, 768);
    }

    @AfterClass
    public static void stopHall() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            if (hall != null) {
                hall.close();
            }
            hall = null;
        }
    }

    void login(String user) {
        browser.login(user, hall.password(user));
    }

    /** Saves a screenshot named after the test class and method. */
    void screenshot(String step) {
        browser.screenshot(getClass().getSimpleName() + "-" + testName.getMethodName() + "-" + step);
    }

    /** A distinct valid resident ID number per i, for applicants no other test touches. */
    static String person(int i) {
        String first17 = "440305" + (1970 + i % 30) + String.format("%02d%02d", 1 + i % 12, 1 + i % 28) + String.format("%03d", 100 + i);
        return first17 + ResidentIds.checkCharacter(first17);
    }

    static Map<String, Object> presented(String code) {
        return Map.of("code", code, "presented", true);
    }

    /** An application at window A01, with the applicant's name for a first visit. */
    static Map<String, Object> application(String item, String applicant, Map<String, Object> form, List<String> materials, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", item);
        body.put("applicantNumber", applicant);
        body.put("form", form);
        body.put("materials", materials.stream().map(WebTestSupport::presented).toList());
        body.put("channel", "counter");
        body.put("window", "A01");
        if (name != null) {
            body.put("profile", Map.of("name", name));
        }
        return body;
    }

    /** A residence permit (police; 7 and 15 natural days) accepted through the API. */
    static JsonNode residencePermit(String applicant, String name) throws Exception {
        return hall.post("cases", application("police-residence-permit", applicant, Map.of("residentSince", "2025-06-01", "reason", "就业"),
                List.of("id-card", "residence-proof"), name), "clerk");
    }

    /** A family-planning certificate (health) accepted through the API. */
    static JsonNode familyPlanning(String applicant, String name) throws Exception {
        return hall.post("cases", application("health-family-planning-certificate", applicant, Map.of("maritalStatus", "未婚", "children", 0),
                List.of("id-card"), name), "clerk");
    }

    /** 人才入户 (talent settlement): health ∥ HR, then police — one application, three sub-cases. */
    static JsonNode talentSettlement(String applicant, String name) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("maritalStatus", "未婚");
        form.put("children", 0);
        form.put("education", "硕士研究生");
        form.put("graduationDate", "2016-07-01");
        form.put("employer", "深圳市南山区某科技有限公司");
        form.put("employerCode", COMPANY);
        form.put("originAddress", "湖南省长沙市岳麓区");
        form.put("settleAddress", "深圳市南山区粤海街道科技园社区");
        Map<String, Object> body = application("talent-settlement", applicant, form, List.of("id-card", "degree", "labour-contract"), name);
        List<Map<String, Object>> materials = new java.util.ArrayList<>((List<Map<String, Object>>) body.get("materials"));
        materials.add(Map.of("code", "photo", "contentType", "image/jpeg", "title", "证件照",
                "content", java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3})));
        body.put("materials", materials);
        return hall.post("cases", body, "clerk");
    }

    static JsonNode act(String caseNumber, String action, String user, Map<String, Object> body) throws Exception {
        return hall.post("cases/" + caseNumber + "/" + action, body, user);
    }
}
