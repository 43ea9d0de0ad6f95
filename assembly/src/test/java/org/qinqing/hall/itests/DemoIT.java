package org.qinqing.hall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The demo data {@code ./hall.sh} switches on ({@code enabled = true} in
 * {@code etc/org.qinqing.hall.demo.cfg}): an empty hall gets applicants and cases in every state in
 * nearly every department, through the same services as the windows, once; and the queue floor's day (bookings,
 * tickets, a VIP agent's booking) at the main hall and two street centres.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoIT extends HallTestSupport {
    private static final Set<String> STATES = Set.of("ACCEPTED", "UNDER_REVIEW", "APPROVED", "COMPLETED", "SUPPLEMENT_REQUESTED",
            "SUSPENDED", "DENIED", "NOT_ACCEPTED");

    @Override
    protected Option[] extraOptions() {
        return new Option[] {fixedClock("2026-03-02T10:00:00+08:00"), editConfigurationFilePut("etc/org.qinqing.hall.demo.cfg", "enabled", "true")};
    }

    private int count(String query) {
        return get("cases?limit=500&" + query, "supervisor").json().size();
    }

    @Test
    public void anEmptyHallIsSeededOnceWithCasesInEveryStateAcrossTheDepartments() throws Exception {
        waitFor("demo cases in every state", 120_000, () -> STATES.stream().allMatch(s -> count("status=" + s) > 0)
                && get("composites/cases", "supervisor").json().size() >= 2);
        Set<String> without = new TreeSet<>();
        for (JsonNode d : get("departments").json()) {
            if (count("department=" + d.get("code").asText()) == 0) {
                without.add(d.get("code").asText());
            }
        }
        assertTrue("departments without demo cases: " + without, without.size() <= 3);
        int total = 0;
        for (String s : STATES) {
            total += count("status=" + s);
        }
        assertTrue("cases: " + total, total >= 40);

        JsonNode profile = get("parties/44030519880312900" + org.qinqing.hall.api.identity.ResidentIds.checkCharacter("44030519880312900"),
                "clerk").json();
        assertEquals("张伟", profile.get("name").asText());

        // the direct line's part: the demo enterprises, their demands, a bad rating's rectification, a notice
        waitFor("the direct line's demo", 60_000, () -> get("enterprise-notices", "supervisor").json().size() > 0);
        assertEquals(1, get("enterprises/counts", "admin").json().get("UNICORN").asInt());
        assertEquals(3, get("demands", "supervisor").json().size());
        assertEquals(1, get("ratings/rectifications?department=hr", "supervisor").json().size());

        // the queue floor's part, today: bookings and tickets at the main hall and two street centres, a VIP agent's booking
        String first17 = "91440300MA5DEM01" + org.qinqing.hall.api.identity.CreditCodes.organisationCheck("MA5DEM01");
        String unicorn = first17 + org.qinqing.hall.api.identity.CreditCodes.checkCharacter(first17);
        waitFor("the queue floor's demo", 60_000, () -> get("appointments?applicantNumber=" + unicorn, "supervisor").json().size() > 0);
        JsonNode vip = get("appointments?applicantNumber=" + unicorn, "supervisor").json().get(0);
        assertTrue(vip.toString(), vip.get("vip").asBoolean());
        assertEquals("V", vip.get("queue").asText());
        assertEquals("2026-03-02", vip.get("date").asText());
        assertTrue(get("specialist/parties", "supervisor").body().contains(unicorn));
        for (String site : java.util.List.of("hall", "nanshan", "shekou")) {
            JsonNode row = null;
            for (JsonNode r : get("floor/stats?site=" + site, "supervisor").json().get("rows")) {
                row = r.get("group").asText().equals("site") ? r : row;
            }
            assertTrue(site + ": " + row, row != null && row.get("tickets").asInt() >= 3 && row.get("booked").asInt() >= 2);
        }
        assertTrue(get("sites/hall/board").json().get("calls").size() > 0);
        int floorTickets = get("floor/stats", "supervisor").json().get("rows").findValues("tickets").stream().mapToInt(JsonNode::asInt).sum();

        // started again (as at every start of the hall): nothing is added
        Bundle demo = java.util.Arrays.stream(bundleContext.getBundles()).filter(b -> "org.qinqing.hall.hall-demo".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        demo.stop();
        demo.start();
        // the demo's Blueprint container starts its thread in its init method: once the container is
        // up, the thread exists, and once it has ended the demo has decided whether to seed
        waitFor("the demo bundle's Blueprint container", 60_000, () -> blueprintUp("org.qinqing.hall.hall-demo"));
        waitFor("the demo's start-up check to end", 120_000,
                () -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("hall-demo") && t.isAlive()));
        int again = 0;
        for (String s : STATES) {
            again += count("status=" + s);
        }
        assertEquals(total, again);
        assertEquals(floorTickets, get("floor/stats", "supervisor").json().get("rows").findValues("tickets").stream().mapToInt(JsonNode::asInt).sum());
    }

    private boolean blueprintUp(String symbolicName) {
        try {
            return bundleContext.getServiceReferences("org.osgi.service.blueprint.container.BlueprintContainer",
                    "(osgi.blueprint.container.symbolicname=" + symbolicName + ")") != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
