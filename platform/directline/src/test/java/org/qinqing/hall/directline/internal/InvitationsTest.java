package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.ServedCase;
import org.qinqing.hall.cases.CaseEvent;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;

public class InvitationsTest {
    private static final String APPLICANT = "44030519900101123X";
    private Fixture f;
    private final List<Message> sent = new ArrayList<>();
    private final Map<String, String> phones = Map.of(APPLICANT, "13800138000", Fixture.AGENT, "13900139000");

    @Before
    public void start() {
        f = new Fixture(List.of());
    }

    @After
    public void stop() throws InterruptedException {
        f.stop();
    }

    private Invitations invitations(String agent, MessageSender... senders) {
        return new Invitations(n -> new ServedCase(n, CaseStatus.COMPLETED, "market", "食品经营许可", "A01", "clerk", APPLICANT, agent),
                p -> Optional.ofNullable(phones.get(p)), List.of(senders), "https://hall.example.gov.cn/hall/rate.html");
    }

    private void deliver(Invitations i, String caseNumber, CaseStatus from) {
        f.db.write(tx -> {
            i.changed(tx, new CaseEvent(caseNumber, null, "market-food", "market", from, CaseStatus.COMPLETED, null, null, "clerk",
                    LocalDate.of(2026, 3, 2)));
            return null;
        });
    }

    @Test
    public void aDeliveredCaseInvitesTheApplicantOnceWithALinkToRateIt() {
        Invitations i = invitations(null, sent::add);
        deliver(i, "NS2026001", CaseStatus.APPROVED);
        deliver(i, "NS2026001", CaseStatus.APPROVED);
        assertEquals("once per case", 1, sent.size());
        Message m = sent.get(0);
        assertEquals("13800138000", m.phone());
        assertEquals("NS2026001", m.caseNumber());
        assertTrue(m.text(), m.text().contains("https://hall.example.gov.cn/hall/rate.html?subject=NS2026001"));
        assertTrue(m.text(), m.text().contains("食品经营许可"));
    }

    @Test
    public void theAgentWhoFiledItIsInvitedAndOneFailingSenderDoesNotStopTheOthers() {
        Invitations i = invitations(Fixture.AGENT, m -> {
            throw new IllegalStateException("gateway down");
        }, sent::add);
        deliver(i, "NS2026002", CaseStatus.APPROVED);
        assertEquals(1, sent.size());
        assertEquals("13900139000", sent.get(0).phone());
        assertEquals(Fixture.AGENT, sent.get(0).person());
    }

    @Test
    public void onlyADeliveryInvites() {
        Invitations i = invitations(null, sent::add);
        f.db.write(tx -> {
            i.changed(tx, new CaseEvent("NS2026003", null, "market-food", "market", CaseStatus.ACCEPTED, CaseStatus.APPROVED, null, null,
                    "approver", LocalDate.of(2026, 3, 2)));
            return null;
        });
        assertEquals(0, sent.size());
    }
}
