package org.qinqing.hall.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.LoginThrottledException;
import org.qinqing.hall.store.internal.JdbcDatabase;
import org.qinqing.hall.store.testing.TestStore;

/** Failed logins counted in a real Derby database: locks, their growth, the window, what is audited. */
public class LoginGuardTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private JdbcDatabase db;
    private LoginGuard guard;

    @Before
    public void start() {
        db = TestStore.started(TestStore.fresh(), now::get);
        db.migrate("security", TestStore.module(LoginGuard.class, "security"));
        guard = newGuard();
    }

    private LoginGuard newGuard() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new LoginGuard(db, new ThrottlePolicy(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofHours(1)), clock);
    }

    @After
    public void stop() throws InterruptedException {
        db.stop();
    }

    @Test
    public void fiveFailuresLockTheAccountForAMinuteThenEachFurtherFailureDoublesIt() throws Exception {
        for (int i = 0; i < 4; i++) {
            guard.failed("clerk", "10.0.0.1", "rest");
            guard.check("clerk", "10.0.0.1", "rest");
        }
        guard.failed("clerk", "10.0.0.1", "rest");
        assertEquals(60, refusedFor("clerk", "10.0.0.2"));
        now.set(now.get().plusSeconds(61));
        guard.check("clerk", "10.0.0.2", "rest");
        guard.failed("clerk", "10.0.0.2", "rest");
        assertEquals(120, refusedFor("clerk", "10.0.0.3"));
        now.set(now.get().plusSeconds(121));
        guard.failed("clerk", "10.0.0.2", "rest");
        assertEquals(240, refusedFor("clerk", "10.0.0.3"));
    }

    @Test
    public void theLockHoldsForAnotherNodeAndAfterARestart() throws Exception {
        for (int i = 0; i < 5; i++) {
            guard.failed("clerk", "10.0.0.1", "web");
        }
        assertEquals("a second guard on the same database (another node, or this one restarted)", 60, refusedFor(newGuard(), "clerk", null));
    }

    @Test
    public void failuresOlderThanTheWindowAreForgottenAndASuccessResetsTheAccount() throws Exception {
        for (int i = 0; i < 4; i++) {
            guard.failed("clerk", "10.0.0.1", "rest");
        }
        now.set(now.get().plus(Duration.ofMinutes(16)));
        guard.failed("clerk", "10.0.0.1", "rest");
        guard.check("clerk", "10.0.0.1", "rest");
        for (int i = 0; i < 3; i++) {
            guard.failed("clerk", "10.0.0.1", "rest");
        }
        guard.succeeded("clerk", "10.0.0.1", "rest");
        guard.failed("clerk", "10.0.0.1", "rest");
        guard.check("clerk", "10.0.0.1", "rest");
    }

    @Test
    public void twentyFailuresFromOneAddressLockTheAddressForEveryAccount() throws Exception {
        for (int i = 0; i < 20; i++) {
            guard.failed("guess-" + i, "10.6.6.6", "rest");
        }
        assertEquals(60, refusedFor("admin", "10.6.6.6"));
        guard.check("admin", "10.0.0.1", "rest");
    }

    @Test
    public void failuresLocksRefusalsAndSuccessesAreAuditedWithAddressAndChannelOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            guard.failed("supervisor", "10.0.0.9", "ssh");
        }
        for (int i = 0; i < 3; i++) {
            refusedFor("supervisor", "10.0.0.9");
        }
        now.set(now.get().plusSeconds(61));
        guard.succeeded("supervisor", "10.0.0.9", "ssh");
        List<String> actions = db.forSubject("supervisor").stream().map(AuditEntry::action).toList();
        assertEquals(List.of("login-failed", "login-failed", "login-failed", "login-failed", "login-failed", "login-locked",
                "login-throttled", "login"), actions);
        AuditEntry failed = db.forSubject("supervisor").get(0);
        assertEquals("ssh", failed.channel());
        assertEquals("{\"address\":\"10.0.0.9\",\"failures\":1}", failed.detail());
        assertTrue(db.verify().valid());
    }

    @Test
    public void anAbsurdUserNameIsClippedNotAnError() throws Exception {
        String huge = "x".repeat(5000) + "\"\\\n";
        for (int i = 0; i < 5; i++) {
            guard.failed(huge, "10.0.0.1", "rest");
        }
        assertEquals(60, refusedFor(huge, null));
    }

    private long refusedFor(String user, String address) {
        return refusedFor(guard, user, address);
    }

    private static long refusedFor(LoginGuard g, String user, String address) {
        try {
            g.check(user, address, "rest");
            fail("not locked");
            return 0;
        } catch (LoginThrottledException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("try again in"));
            return e.retryAfterSeconds() - 1;
        }
    }
}
