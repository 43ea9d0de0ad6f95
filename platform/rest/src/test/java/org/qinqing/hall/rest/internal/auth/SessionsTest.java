package org.qinqing.hall.rest.internal.auth;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;
import org.qinqing.hall.api.Accounts;
import org.qinqing.hall.api.StaffAccount;

/** A web session follows password changes made elsewhere (an admin's reset at the console). */
public class SessionsTest {

    /** The accounts as the sessions see them: a change counter and who must change. */
    private static final class FakeAccounts implements Accounts {
        final AtomicLong changes = new AtomicLong();
        volatile boolean mustChange;

        @Override
        public StaffAccount create(String username, Set<String> roles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffAccount> list() {
            return List.of();
        }

        @Override
        public Path initialPasswordFile() {
            return null;
        }

        @Override
        public boolean mustChangePassword(String username) {
            return mustChange;
        }

        @Override
        public void setPassword(String username, String newPassword, String actor, String channel) {
            mustChange = !username.equals(actor);
            changes.incrementAndGet();
        }

        @Override
        public long passwordChanges() {
            return changes.get();
        }
    }

    @Test
    public void anAdminsResetPutsTheOpenSessionBackToChangeThePasswordFirst() {
        FakeAccounts accounts = new FakeAccounts();
        Sessions sessions = new Sessions(1800);
        sessions.setAccounts(accounts);
        String token = sessions.open(new Caller("clerk", Set.of("clerk"), false));
        assertFalse(sessions.touch(token).mustChangePassword());
        accounts.setPassword("clerk", "a temporary one", "admin", "console");
        assertTrue(sessions.touch(token).mustChangePassword());
        accounts.setPassword("clerk", "my own new one", "clerk", "web");
        sessions.passwordChanged("clerk");
        assertFalse(sessions.touch(token).mustChangePassword());
    }

    @Test
    public void logoutAndTheLastSessionExpiringTellWhoEnded() throws Exception {
        List<String> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
        Sessions sessions = new Sessions(1);
        sessions.setEnded(ended::add);
        String a = sessions.open(new Caller("clerk-a", Set.of("clerk"), false));
        sessions.close(a);
        org.junit.Assert.assertEquals(List.of("clerk-a"), ended);
        sessions.close(a);
        org.junit.Assert.assertEquals("a second logout with the same cookie ends nothing", 1, ended.size());
        sessions.open(new Caller("clerk-b", Set.of("clerk"), false));
        String old = sessions.open(new Caller("clerk-d", Set.of("clerk"), false));
        Thread.sleep(1100);
        sessions.open(new Caller("clerk-d", Set.of("clerk"), false));
        String fresh = sessions.open(new Caller("clerk-c", Set.of("clerk"), false));
        sessions.open(new Caller("clerk-c", Set.of("clerk"), false));
        sessions.sweep();
        org.junit.Assert.assertEquals("clerk-b expired; clerk-d's other session is alive", List.of("clerk-a", "clerk-b"), ended);
        org.junit.Assert.assertNotNull(sessions.touch(fresh));
        org.junit.Assert.assertNull(sessions.touch(old));
        org.junit.Assert.assertEquals(2, ended.size());
    }
}
