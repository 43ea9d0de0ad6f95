package org.qinqing.hall.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

public class LruTest {
    @Test
    public void theLeastRecentlyUsedEntryGoesHoweverOftenItWasUsedBefore() {
        Lru<String, String> m = Lru.ofSize(3);
        m.put("old", "o");
        for (int i = 0; i < 100; i++) {
            m.get("old"); // used often, long ago: a frequency filter would keep it and refuse the new ones
        }
        m.put("a", "1");
        m.put("b", "2");
        m.put("c", "3");
        assertNull("the old entry made room", m.get("old"));
        assertEquals("1", m.get("a"));
        m.put("d", "4"); // "b" is now the least recently used
        assertNull(m.get("b"));
        assertEquals(List.of("1", "3", "4"), List.of(m.get("a"), m.get("c"), m.get("d")));
        assertEquals(3, m.size());
        assertEquals("two entries let go", 2, m.evictions());
    }

    @Test
    public void computeKeepsReplacesOrRemovesAndWeightsBoundTheWhole() {
        Lru<String, List<Integer>> m = Lru.ofWeight(5, List::size);
        m.put("x", List.of(1, 2));
        m.putIfAbsent("x", List.of(9));
        assertEquals(List.of(1, 2), m.get("x"));
        assertNull("no value, nothing computed", m.computeIfPresent("y", (k, v) -> List.of(7)));
        assertNull(m.get("y"));
        m.put("y", List.of(3));
        m.compute("x", (k, v) -> List.of(1, 2, 3, 4)); // weighs 4 + 1 = 5: still fits
        assertEquals(List.of(3), m.get("y"));
        m.compute("y", (k, v) -> List.of(3, 4)); // 4 + 2 > 5: x, least recently used, goes
        assertNull(m.get("x"));
        assertEquals(List.of(3, 4), m.get("y"));
        m.compute("y", (k, v) -> null);
        assertEquals(0, m.size());
        m.put("big", List.of(1, 2, 3, 4, 5, 6));
        assertNull("an entry heavier than the whole is not kept", m.get("big"));
        m.put("z", List.of(1, 2, 3, 4, 5));
        assertEquals("the weight left by what went is given back", 5, m.get("z").size());
    }
}
