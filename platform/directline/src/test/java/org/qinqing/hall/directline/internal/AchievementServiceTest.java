package org.qinqing.hall.directline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.directline.Achievement;
import org.qinqing.hall.spi.Channel;

/** 晒业绩: an agent's post is published only after a check by the liaison department (or a supervisor), once. */
public class AchievementServiceTest {
    private Fixture f;
    private AchievementService achievements;

    @Before
    public void start() {
        f = new Fixture(List.of());
        f.enterprises.importCsv(new StringReader(Fixture.COMPANY + ",示范科技有限公司,UNICORN,软件,王副区长,market"), Fixture.ADMIN);
        achievements = new AchievementService(f.db, f.enterprises, (e, p) -> e.equals(Fixture.COMPANY) && p.equals(Fixture.AGENT));
    }

    @After
    public void stop() throws Exception {
        f.stop();
    }

    private static void expect(int status, Runnable r) {
        try {
            r.run();
            fail("expected " + status);
        } catch (HallException e) {
            assertEquals(e.getMessage(), status, e.kind().status());
        }
    }

    @Test
    public void aPostIsPublishedAfterTheLiaisonDepartmentsCheck() {
        Actor agent = Actor.applicant(Fixture.AGENT, Channel.ONLINE);
        Actor stranger = Actor.applicant("440524188001010014", Channel.ONLINE);
        expect(404, () -> achievements.submit(Fixture.COMPANY, "t", "x", stranger));
        expect(400, () -> achievements.submit(Fixture.COMPANY, "", "x", agent));
        Achievement a = achievements.submit(Fixture.COMPANY, "获评国家级专精特新“小巨人”", "感谢区工信局的辅导。", agent);
        assertEquals("SUBMITTED", a.status());
        assertEquals(0, achievements.list("PUBLISHED").size());
        expect(403, () -> achievements.check(a.id(), true, Fixture.HR));
        assertEquals("PUBLISHED", achievements.check(a.id(), true, Fixture.MARKET).status());
        expect(409, () -> achievements.check(a.id(), false, Fixture.SUPERVISOR));
        assertEquals("示范科技有限公司", achievements.list("PUBLISHED").get(0).enterpriseName());
    }
}
