package org.qinqing.hall.online.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.online.ApplicantSession;
import org.qinqing.hall.online.Level;
import org.qinqing.hall.online.TooManyCodes;
import org.qinqing.hall.parties.internal.PartyService;
import org.qinqing.hall.spi.Message;
import org.qinqing.hall.spi.MessageSender;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** Code login and sessions against a real Derby database: limits, tries, expiry, revocation across nodes, what is stored. */
public class ApplicantServiceTest {
    private static final String PERSON = "44030519900101123X";
    private static final String OTHER = "440305198503151246";
    private static final String PHONE = "13800138000";
    private static final Pattern SIX = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private final List<Message> sent = new ArrayList<>();
    private JdbcDatabase db;
    private PartyService parties;
    private ApplicantService applicants;

    @Before
    public void start() {
        db = TestStore.started(TestStore.fresh(), now::get);
        parties = new PartyService(db, now::get, TestStore.module(PartyService.class, "parties"));
        parties.start();
        applicants = node();
    }

    /** Another node of the same hall: its own memory, the same database. */
    private ApplicantService node() {
        Outbox outbox = new Outbox();
        MessageSender capture = sent::add;
        outbox.setSenders(List.of(capture));
        ApplicantService s = new ApplicantService(db, parties, outbox, Policy.defaults(), clock());
        s.setMigrations(TestStore.module(ApplicantService.class, "online"));
        s.start();
        return s;
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    @After
    public void stop() throws InterruptedException {
        db.stop();
    }

    private String lastCode() {
        Matcher m = SIX.matcher(sent.get(sent.size() - 1).text());
        assertTrue("a six-digit code in " + sent.get(sent.size() - 1).text(), m.find());
        String code = m.group();
        assertFalse("the code is the only run of six digits", m.find());
        return code;
    }

    private void later(long seconds) {
        now.set(now.get().plusSeconds(seconds));
    }

    @Test
    public void aCodeFromThePhoneLogsInAndTheTokenResolvesUntilLogout() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        ApplicantSession s = applicants.login(PERSON, PHONE, lastCode(), "10.0.0.1");
        assertEquals(Level.REGISTERED, s.level());
        assertEquals(43, s.token().length());
        assertEquals(PERSON, applicants.resolve(s.token()).orElseThrow().person());
        applicants.logout(s.token());
        assertTrue(applicants.resolve(s.token()).isEmpty());
    }

    @Test
    public void aUsedCodeIsRefusedTheSecondTime() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        String code = lastCode();
        applicants.login(PERSON, PHONE, code, "10.0.0.1");
        expect401(() -> applicants.login(PERSON, PHONE, code, "10.0.0.1"));
    }

    @Test
    public void anExpiredCodeIsRefused() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        String code = lastCode();
        later(301);
        expect401(() -> applicants.login(PERSON, PHONE, code, "10.0.0.1"));
    }

    @Test
    public void theFifthWrongTryEndsTheCodeEvenForTheRightOneAfterIt() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        String code = lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            expect401(() -> applicants.login(PERSON, PHONE, wrong, "10.0.0.1"));
        }
        expect401(() -> applicants.login(PERSON, PHONE, code, "10.0.0.1"));
    }

    @Test
    public void aCodeIsForThePersonItWasAskedFor() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        String code = lastCode();
        expect401(() -> applicants.login(OTHER, PHONE, code, "10.0.0.1"));
    }

    @Test
    public void onePhoneGetsOneCodeAMinuteAndTenADay() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        try {
            applicants.requestCode(PERSON, PHONE, "10.0.0.2");
            fail("a second code within the minute");
        } catch (TooManyCodes e) {
            assertEquals(429, e.kind().status());
            assertTrue(e.retryAfterSeconds() > 0 && e.retryAfterSeconds() <= 60);
        }
        for (int i = 1; i < 10; i++) {
            later(61);
            applicants.requestCode(PERSON, PHONE, "10.0.0." + i);
        }
        later(61);
        try {
            applicants.requestCode(PERSON, PHONE, "10.0.0.99");
            fail("an eleventh code within the day");
        } catch (TooManyCodes e) {
            assertTrue(e.retryAfterSeconds() > 3600);
        }
    }

    @Test
    public void oneAddressAsksForAtMostThirtyCodesAnHour() {
        for (int i = 0; i < 30; i++) {
            applicants.requestCode(PERSON, String.format("139%08d", i), "10.9.9.9");
        }
        try {
            applicants.requestCode(PERSON, "13712345678", "10.9.9.9");
            fail("a thirty-first code from the address within the hour");
        } catch (TooManyCodes e) {
            assertEquals("too_many_codes", e.error());
        }
    }

    @Test
    public void theLimitsHoldOnAnotherNode() {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        try {
            node().requestCode(PERSON, PHONE, "10.0.0.1");
            fail("the other node counted the same codes");
        } catch (TooManyCodes expected) {
            // the count is the database's
        }
    }

    @Test
    public void theDatabaseKeepsNeitherCodesNorTokens() throws Exception {
        applicants.requestCode(PERSON, PHONE, "10.0.0.1");
        String code = lastCode();
        ApplicantSession s = applicants.login(PERSON, PHONE, code, "10.0.0.1");
        String codeHash = db.read(c -> one(c.createStatement(), "SELECT code_hash FROM online_code"));
        String tokenHash = db.read(c -> one(c.createStatement(), "SELECT token_hash FROM online_session"));
        assertFalse(codeHash.contains(code));
        assertNotEquals(s.token(), tokenHash);
        assertEquals(Secrets.sha256(s.token()), tokenHash);
        assertNotEquals("an HMAC under the install's key, not a plain hash", Secrets.sha256(PHONE + ":" + code), codeHash);
    }

    private static String one(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    @Test
    public void aSessionEndsAfterItsIdleLimitAndItsAbsoluteLimit() {
        ApplicantSession s = login(PERSON, PHONE);
        later(8 * 3600 + 1);
        assertTrue("idle for more than 8 h", applicants.resolve(s.token()).isEmpty());
        ApplicantSession t = login(PERSON, PHONE);
        for (int i = 0; i < 7 * 4; i++) {
            later(6 * 3600);
            if (applicants.resolve(t.token()).isEmpty()) {
                assertTrue("ended at the absolute limit of 7 days", i >= 27);
                return;
            }
        }
        fail("the session outlived 7 days");
    }

    @Test
    public void revocationOnOneNodeEndsTheSessionsOnAnotherWithinSeconds() {
        ApplicantService other = node();
        ApplicantSession s = login(PERSON, PHONE);
        assertTrue(other.resolve(s.token()).isPresent());
        assertEquals(1, applicants.revoke(PERSON, Actor.system("test")));
        assertTrue("this node drops them at once", applicants.resolve(s.token()).isEmpty());
        later(6);
        assertTrue("the other node within its 5 s", other.resolve(s.token()).isEmpty());
        assertTrue("a new login after the revocation works", applicants.resolve(login(PERSON, PHONE).token()).isPresent());
    }

    @Test
    public void aClerksVerificationRaisesTheLevelOfTheNextRequest() {
        ApplicantSession s = login(PERSON, PHONE);
        applicants.verify(PERSON, ApplicantService.ID_CARD, null, Actor.staff("clerk1", java.util.Set.of("clerk"), null, "A1"));
        assertEquals(Level.VERIFIED, applicants.resolve(s.token()).orElseThrow().level());
        assertEquals("id-card", applicants.account(PERSON).orElseThrow().verifiedHow());
    }

    @Test
    public void aPhoneOtherThanTheBoundOneGetsNoCodeButTheSameAnswer() {
        login(PERSON, PHONE);
        int before = sent.size();
        later(61);
        applicants.requestCode(PERSON, "13900139000", "10.0.0.1");
        assertEquals(before, sent.size());
    }

    @Test
    public void badNumbersAndPhonesAreRefusedNamingTheField() {
        expectField("number", () -> applicants.requestCode("440305199001011231", PHONE, "a"));
        expectField("number", () -> applicants.requestCode("91440300MA5DC7XX1X", PHONE, "a"));
        expectField("phone", () -> applicants.requestCode(PERSON, "12345", "a"));
        expectField("code", () -> applicants.login(PERSON, PHONE, "12ab56", "a"));
    }

    private ApplicantSession login(String person, String phone) {
        later(61);
        applicants.requestCode(person, phone, "10.0.0.1");
        return applicants.login(person, phone, lastCode(), "10.0.0.1");
    }

    private static void expect401(Runnable r) {
        try {
            r.run();
            fail("expected 401");
        } catch (HallException e) {
            assertEquals(401, e.kind().status());
            assertEquals("wrong_code", e.error());
        }
    }

    private static void expectField(String field, Runnable r) {
        try {
            r.run();
            fail("expected 400 naming " + field);
        } catch (HallException e) {
            assertEquals(400, e.kind().status());
            assertEquals(field, e.field());
        }
    }

    @Test
    public void theFileSenderWritesOneMaskedLinePerMessage() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("outbox");
        java.nio.file.Path file = dir.resolve("hall/outbox/messages.log");
        FileMessageSender f = new FileMessageSender(file, clock());
        f.send(new Message(PHONE, "您的登录验证码为 123456，5分钟内有效。", PERSON, null));
        f.send(new Message(PHONE, "第二行\n不换行", PERSON, null));
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0), lines.get(0).contains("138****8000"));
        assertFalse(lines.get(0).contains(PHONE));
        Matcher m = SIX.matcher(lines.get(0));
        assertTrue(m.find());
        assertEquals("123456", m.group());
        assertFalse("the only run of six digits on the line", m.find());
        assertNull(null);
    }
}
