package org.qinqing.hall.cluster.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.store.RowFeed.RowKey;

public class PayloadsTest {

    @Test
    public void keysComeBackAsSentWithTheSendingNode() {
        List<RowKey> keys = List.of(new RowKey("cases.row", "NS2026030200001"), new RowKey("parties.profile", "a\tb\nc\\d"));
        List<String> payloads = Payloads.encode("web-1:hall-a", keys, 1800);
        assertEquals(1, payloads.size());
        Payloads.Decoded d = Payloads.decode(payloads.get(0));
        assertEquals("web-1:hall-a", d.node());
        assertEquals(keys, d.keys());
    }

    @Test
    public void manyKeysAreSplitIntoPayloadsUnderPostgresqlsLimit() {
        List<RowKey> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(new RowKey("cases.row", "NS20260302" + String.format("%05d", i)));
        }
        List<String> payloads = Payloads.encode("n", keys, 1800);
        assertTrue(payloads.size() > 1);
        List<RowKey> back = new ArrayList<>();
        for (String p : payloads) {
            assertTrue(p.length() <= 1800);
            back.addAll(Payloads.decode(p).keys());
        }
        assertEquals(keys, back);
    }
}
