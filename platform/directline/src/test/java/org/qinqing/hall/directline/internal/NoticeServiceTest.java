package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.EnterpriseNotice;

/** Notices reach the chosen categories and industries; reads are recorded once. */
public class NoticeServiceTest {
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture(List.of());
        f.enterprises.importCsv(new StringReader(String.join("\n", Codes.line(1, "LISTED", "软件"), Codes.line(2, "UNICORN", "软件"),
                Codes.line(3, "LISTED", "制造"), Codes.line(4, "SMALL_MICRO", "餐饮"))), Fixture.ADMIN);
    }

    @After
    public void stop() throws Exception {
        f.stop();
    }

    @Test
    public void aNoticeReachesItsCategoriesAndIndustriesAndCountsReads() {
        EnterpriseNotice n = f.notices.publish("risk", "数据安全风险提示", "请排查……", List.of("LISTED", "独角兽企业"), List.of("软件"), Fixture.MARKET);
        assertEquals("listed or unicorn, and software", 2, n.reached());
        assertEquals(1, f.sent.size());
        assertEquals(1, f.notices.read(n.id(), Codes.code(1)).read());
        assertEquals("a second read counts once", 1, f.notices.read(n.id(), Codes.code(1)).read());
        assertEquals(java.util.Set.of(n.id()), f.notices.readBy(Codes.code(1)));
        assertEquals("reached, not read", java.util.Set.of(), f.notices.readBy(Codes.code(2)));
        assertEquals(1, f.notices.forEnterprise(Codes.code(2)).size());
        assertEquals(0, f.notices.forEnterprise(Codes.code(3)).size());
        assertEquals(4, f.notices.publish("policy", "全体", "正文", List.of(), List.of(), Fixture.SUPERVISOR).reached());
    }

    @Test(expected = HallException.class)
    public void anUnknownCategoryIsRefused() {
        f.notices.publish("risk", "t", "b", List.of("FAMOUS"), List.of(), Fixture.MARKET);
    }
}
