package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.WebElement;

/**
 * The department work queue and decisions in a real browser: an approver sees their own
 * department's open cases, nearest deadline first, in colour; opens one (application, materials,
 * clocks, pauses, timeline) and reviews, suspends, resumes, approves, denies or asks for a
 * supplement; the API's 409 and 422 are shown as it says them; another department's case is refused.
 */
public class ApprovalScreenIT extends WebTestSupport {

    @BeforeClass
    public static void start() throws Exception {
        startHall("approval", 18682);
    }

    private static String accept(Map<String, Object> application) throws Exception {
        return hall.post("cases", application, "clerk").get("caseNumber").asText();
    }

    private void openCase(String caseNumber) {
        browser.open("hall/#/case/" + caseNumber);
        browser.waitFor(d -> caseNumber.equals(browser.$("#case").getAttribute("data-case")));
    }

    private void waitStatus(String status) {
        browser.waitFor(d -> status.equals(browser.$("#case").getAttribute("data-status")));
    }

    @Test
    public void theWorkQueueShowsTheOwnDepartmentNearestDeadlineFirstInColour() throws Exception {
        String permit = residencePermit(person(20), "陈一").get("caseNumber").asText();
        String record = accept(application("police-no-criminal-record", person(21), Map.of("purpose", "就业"), List.of("id-card"), "陈二"));
        String health = familyPlanning(person(22), "陈三").get("caseNumber").asText();

        login("approver-police");
        browser.waitView("cases");
        browser.$("#queue");
        List<String> departments = new ArrayList<>();
        for (WebElement o : browser.all("#queue-department option")) {
            departments.add(o.getAttribute("value"));
        }
        assertEquals(List.of("police"), departments);
        List<String> shown = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (WebElement row : browser.all("#queue tbody tr")) {
            String n = row.getAttribute("data-case");
            shown.add(n);
            JsonNode sla = hall.get("cases/" + n, "supervisor").get("sla");
            JsonNode remaining = sla.path("remainingPromisedDays");
            boolean counting = remaining.isNumber();
            days.add(counting ? remaining.asInt() : Integer.MAX_VALUE);
            assertEquals(sla.get("colour").asText(), row.getAttribute("data-colour"));
            assertTrue(row.getText(), !counting || row.getText().contains("剩"));
        }
        assertTrue(shown.contains(permit) && shown.contains(record));
        assertFalse("another department's case is not in the queue", shown.contains(health));
        for (int i = 1; i < days.size(); i++) {
            assertTrue("sorted by remaining working days: " + days, days.get(i - 1) <= days.get(i));
        }
        assertEquals("3 working days beat 7 calendar days", record, shown.get(0));
        screenshot("1-queue");
    }

    @Test
    public void anApproverReviewsSuspendsResumesAndApprovesWithTheClocksAndTimeline() throws Exception {
        String n = residencePermit(person(23), "林一").get("caseNumber").asText();
        login("approver-police");
        openCase(n);
        assertTrue(browser.text("#case-application").contains("林一"));
        assertTrue(browser.text("#case-materials").contains("居住证明"));
        assertEquals("2026-03-09", browser.text("#case-clocks dd").substring(0, 10));
        browser.click("#action-review");
        waitStatus("UNDER_REVIEW");
        assertTrue(browser.text("#case-message").contains("开始审查"));

        browser.click("#action-suspend");
        browser.click("#confirm-suspend");
        assertEquals("请填写此项", browser.waitText("[data-field=procedure] .err", "请填写"));
        assertEquals("请填写此项", browser.text("[data-field=reason] .err"));
        browser.choose("#input-procedure", "EXPERT_REVIEW");
        browser.type("#input-reason", "住所证明须专家评审");
        browser.click("#confirm-suspend");
        waitStatus("SUSPENDED");
        assertTrue(browser.text("#case-pauses").contains("专家评审"));
        assertTrue(browser.text("#case-pauses").contains("住所证明须专家评审"));
        assertEquals("PAUSED", browser.$("#case .badge.sla").getAttribute("data-colour"));
        screenshot("1-suspended");

        browser.click("#action-resume");
        waitStatus("UNDER_REVIEW");
        browser.click("#action-approve");
        waitStatus("APPROVED");
        assertEquals("已批准", browser.text("#case-status"));
        List<String> steps = new ArrayList<>();
        for (WebElement li : browser.all("#case-timeline li")) {
            steps.add(li.getAttribute("data-action"));
        }
        assertEquals(List.of("accept", "review", "suspend", "resume", "approve"), steps);
        assertFalse("an approved case offers the approver only delivery", browser.present("#action-approve"));
        screenshot("2-approved");
    }

    @Test
    public void aDenialNeedsAReasonAndASupplementRequestWaitsForTheApplicant() throws Exception {
        String denied = residencePermit(person(24), "黄一").get("caseNumber").asText();
        String supplement = residencePermit(person(25), "黄二").get("caseNumber").asText();
        act(denied, "review", "approver-police", Map.of());
        act(supplement, "review", "approver-police", Map.of());
        login("approver-police");

        openCase(denied);
        browser.click("#action-deny");
        browser.click("#confirm-deny");
        assertEquals("请填写此项", browser.waitText("[data-field=reason] .err", "请填写"));
        assertEquals("input-reason", browser.focused());
        browser.type("#input-reason", "居住证明与实际居住地不符");
        browser.click("#confirm-deny");
        waitStatus("DENIED");
        assertTrue(browser.text("#case-reason").contains("居住证明与实际居住地不符"));
        assertTrue(browser.present("#no-actions"));
        screenshot("1-denied");

        openCase(supplement);
        browser.click("#action-request-supplement");
        browser.type("#input-reason", "请补充近三个月的租赁登记凭证");
        browser.click("#confirm-request-supplement");
        waitStatus("SUPPLEMENT_REQUESTED");
        assertEquals("SUPPLEMENT_REQUESTED", hall.get("cases/" + supplement, "clerk").get("status").asText());
    }

    @Test
    public void theDepartmentsRulesAndAStaleCaseAreShownAsTheApiSaysThem() throws Exception {
        // 高龄老人津贴 is for people of 80 and over: the department's rules refuse the approval (422)
        String allowance = accept(application("civil-elderly-allowance", person(26), Map.of("hukou", "深圳市户籍"),
                List.of("id-card", "bank-account"), "郑一"));
        act(allowance, "review", "approver-civil", Map.of());
        login("approver-civil");
        openCase(allowance);
        browser.click("#action-approve");
        String refused = browser.waitText("#action-message", "不符合办理规则");
        assertTrue(refused, refused.contains("80"));
        screenshot("1-rules-refuse");

        // the page shows ACCEPTED; meanwhile a colleague starts the review: 409, and a way to reload
        String stale = residencePermit(person(27), "郑二").get("caseNumber").asText();
        login("approver-police");
        openCase(stale);
        act(stale, "review", "approver-police", Map.of());
        browser.click("#action-review");
        String conflict = browser.waitText("#action-message", "状态已变化");
        assertTrue(conflict, conflict.contains("UNDER_REVIEW") || conflict.contains("version"));
        screenshot("2-stale");
        browser.click("#reload-case");
        waitStatus("UNDER_REVIEW");
        assertTrue(browser.present("#action-approve"));
    }

    @Test
    public void anApproverCannotActForAnotherDepartment() throws Exception {
        String police = residencePermit(person(28), "何一").get("caseNumber").asText();
        login("approver-health");
        openRefused(police);
        assertEquals("403", browser.$("#case-refused").getAttribute("data-status"));
        assertTrue(browser.text("#case-refused").contains("police"));
        assertFalse("no decisions offered", browser.present("#case-actions"));
        screenshot("1-other-department");
        browser.open("hall/#/cases");
        browser.waitView("cases");
        for (WebElement o : browser.all("#queue-department option")) {
            assertEquals("health", o.getAttribute("value"));
        }
        for (WebElement row : browser.all("#queue tbody tr")) {
            assertFalse(police.equals(row.getAttribute("data-case")));
        }
        browser.open("hall/#/intake");
        browser.waitView("forbidden");
    }

    private void openRefused(String caseNumber) {
        browser.open("hall/#/case/" + caseNumber);
        browser.waitView("case");
    }
}
