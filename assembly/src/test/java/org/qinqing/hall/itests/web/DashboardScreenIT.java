package org.qinqing.hall.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The supervisor dashboard in a real browser, a month into the hall's life: the 5×100% figures
 * and the seed's promises, on-time rates by department and item with charts, the yellow, red and
 * overdue cases, warnings, and an accountability record the department explains and a supervisor
 * closes. A clerk cannot open it.
 */
public class DashboardScreenIT extends WebTestSupport {
    private static String overdue;
    private static String red;
    private static String yellow;

    /**
     * Monday 2 March: four cases decided on time (health ×3, police ×1), one police case left open
     * (legal deadline 17 March: overdue by the 31st), an HK-Macau permit (promised 9 March, legal
     * 1 April: red on the 31st) and one police case decided late. Wednesday 25 March: a physician
     * registration, promised in 5 working days (yellow on the 31st). Then the scan of Tuesday 31 March.
     */
    @BeforeClass
    public static void start() throws Exception {
        startHall("dashboard", 18683);
        for (int i = 0; i < 3; i++) {
            String n = familyPlanning(person(40 + i), "刘" + i).get("caseNumber").asText();
            act(n, "review", "approver-health", Map.of());
            act(n, "approve", "approver-health", Map.of());
        }
        String onTime = residencePermit(person(43), "马一").get("caseNumber").asText();
        act(onTime, "review", "approver-police", Map.of());
        act(onTime, "approve", "approver-police", Map.of());
        overdue = residencePermit(person(44), "马二").get("caseNumber").asText();
        String late = residencePermit(person(45), "马三").get("caseNumber").asText();
        red = hall.post("cases", application("police-hk-macau-permit", person(46), Map.of("exitRestricted", false),
                List.of("id-card", "photo"), "马四"), "clerk").get("caseNumber").asText();

        hall.moveClockTo("2026-03-25");
        yellow = hall.post("cases", application("health-physician-registration", person(47), Map.of("category", "临床",
                "qualificationDate", "2020-08-01", "institutionCode", COMPANY), List.of("id-card", "physician-qualification",
                "health-proof", "employment-proof"), "马五"), "clerk").get("caseNumber").asText();

        hall.moveClockTo("2026-03-31");
        act(late, "review", "approver-police", Map.of());
        act(late, "approve", "approver-police", Map.of());
        JsonNode scan = hall.post("sla/scan", Map.of(), "admin");
        assertEquals("the case left open is overdue: " + scan, 1, scan.get("overdue").asInt());
    }

    private void openDashboard() {
        login("supervisor");
        browser.waitView("dashboard");
        browser.waitFor(d -> "drawn".equals(browser.$("#chart-colours").getAttribute("data-chart")));
    }

    @Test
    public void theSupervisorSeesTheFiveFiguresThePromisesAndTheCharts() throws Exception {
        JsonNode report = hall.get("catalogue/report", null);
        openDashboard();
        assertEquals(report.get("total").get("items").asText(), browser.text("[data-figure='fig.items'] .big"));
        assertEquals("100%", browser.text("[data-figure='fig.legalFullyOnline'] .big"));
        assertEquals(report.get("promises").size(), browser.all("#promises tbody tr").size());
        for (JsonNode p : report.get("promises")) {
            assertTrue(p.get("promise").asText(), browser.text("#promises").contains(p.get("promise").asText()));
        }
        assertEquals("100%", browser.text("#stats-department tr[data-key=health] td.rate"));
        assertEquals("one of two police decisions was late", "50%", browser.text("#stats-department tr[data-key=police] td.rate"));
        assertEquals("drawn", browser.$("#chart-department").getAttribute("data-chart"));
        assertTrue(browser.present("#chart-department canvas"));
        assertTrue(browser.$("#chart-department").getAttribute("aria-label").contains("100%"));
        screenshot("1-figures");

        browser.type("#stats-from", "2026-03-01");
        browser.type("#stats-to", "2026-03-02");
        browser.click("#stats-apply");
        browser.waitText("#stats-department tr[data-key=police] td.rate", "100%");
        browser.resize(1366, 2400);
        screenshot("2-full");
        browser.resize(1366, 768);
    }

    @Test
    public void yellowRedAndOverdueCasesAreListedWithTheWarnings() throws Exception {
        openDashboard();
        assertTrue(browser.present("#yellow-list tr[data-case='" + yellow + "']"));
        assertEquals("OVERDUE", browser.$("#overdue-list tr[data-case='" + overdue + "']").getAttribute("data-colour"));
        assertEquals("RED", browser.$("#overdue-list tr[data-case='" + red + "']").getAttribute("data-colour"));
        String warnings = browser.text("#notifications");
        assertTrue(warnings, warnings.contains(yellow) && warnings.contains(overdue) && warnings.contains(red));
        assertTrue(browser.text("#colour-counts").contains("超期 1"));
        browser.click("#overdue-list tr[data-case='" + overdue + "'] a");
        browser.waitView("case");
        assertEquals("OVERDUE", browser.$("#case .badge.sla").getAttribute("data-colour"));
        assertTrue(browser.text("#case-timeline").contains("超期督办"));
        screenshot("1-overdue-case");
    }

    @Test
    public void theDepartmentExplainsAnOverdueCaseAndASupervisorClosesTheRecord() throws Exception {
        openDashboard();
        String record = "#accountability article:has(a[href*='" + overdue + "'])";
        assertEquals("OPEN", browser.$(record).getAttribute("data-status"));
        assertFalse("a supervisor does not explain for the department", browser.present(record + " textarea"));
        assertFalse("nothing to close before the department explained", browser.present(record + " button"));

        login("approver-police");
        browser.$(record);
        browser.click(record + " button[type=submit]");
        browser.waitText(record + " .form-message", "情况说明");
        browser.type(record + " textarea", "申请人补充材料期间系统未暂停计时，已整改。");
        browser.click(record + " button[type=submit]");
        browser.waitFor(d -> "EXPLAINED".equals(browser.$(record).getAttribute("data-status")));
        assertFalse("an approver does not close", browser.present(record + " button"));
        screenshot("1-explained");

        openDashboard();
        assertTrue(browser.text(record).contains("已整改"));
        browser.click(record + " button[type=submit]");
        browser.waitFor(d -> "CLOSED".equals(browser.$(record).getAttribute("data-status")));
        assertTrue(browser.text(record).contains("supervisor"));
        screenshot("2-closed");
        JsonNode closed = hall.get("sla/accountability?status=CLOSED", "supervisor");
        assertEquals(overdue, closed.get(0).get("caseNumber").asText());
    }

    @Test
    public void anAdminSeesKarafsOwnRolesByNameNotByKey() throws Exception {
        login("admin");
        String who = browser.waitText("#who", "admin");
        assertTrue(who, who.contains("管理员") && who.contains("Karaf 管理") && who.contains("SSH 控制台"));
        assertFalse("untranslated keys: " + who, who.contains("role."));
        browser.click("#lang");
        who = browser.waitText("#who", "Karaf manager");
        assertTrue(who, who.contains("Karaf viewer") && who.contains("SSH console"));
        assertFalse("untranslated keys: " + who, who.contains("role."));
        browser.click("#lang");
        browser.waitText("#who", "Karaf 管理");
    }

    @Test
    public void aClerkCannotOpenTheSupervisorDashboard() throws Exception {
        login("clerk");
        assertFalse("no link to it", browser.present("a[data-nav=dashboard]"));
        browser.open("hall/#/dashboard");
        browser.waitView("forbidden");
        assertTrue(browser.present("[data-forbidden=dashboard]"));
        assertFalse(browser.present("#figures"));
        screenshot("1-clerk-refused");
        login("approver-police");
        browser.open("hall/#/dashboard");
        browser.waitView("forbidden");
    }
}
