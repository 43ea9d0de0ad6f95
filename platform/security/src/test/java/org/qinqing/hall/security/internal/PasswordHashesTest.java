package org.qinqing.hall.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.api.HallException;

/** PBKDF2 hashes, the old SHA-512 ones, and the password policy. */
public class PasswordHashesTest {

    @Test
    public void aHashIsSaltedAndChecksOnlyItsOwnPassword() {
        String a = PasswordHashes.hash("correct horse battery", 1000);
        String b = PasswordHashes.hash("correct horse battery", 1000);
        assertNotEquals("a fresh salt each time", a, b);
        assertTrue(a, a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(PasswordHashes.matches("correct horse battery", a));
        assertFalse(PasswordHashes.matches("correct horse batterY", a));
        assertFalse(PasswordHashes.matches("", a));
    }

    @Test
    public void theStoredFormIsRfc8018Pbkdf2HmacSha256() throws Exception {
        // RFC 7914 §11 test vector for PBKDF2-HMAC-SHA256: P="passwd", S="salt", c=1, dkLen=64 (first 32 bytes here)
        String stored = "pbkdf2-sha256$1$" + java.util.Base64.getEncoder().withoutPadding().encodeToString("salt".getBytes(StandardCharsets.US_ASCII))
                + "$" + java.util.Base64.getEncoder().withoutPadding().encodeToString(HexFormat.of()
                        .parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        assertTrue(PasswordHashes.matches("passwd", stored));
    }

    @Test
    public void oldSha512HexStillLogsInButIsNotCurrent() throws Exception {
        String old = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512").digest("secret-2019".getBytes(StandardCharsets.UTF_8)));
        assertTrue(PasswordHashes.matches("secret-2019", old));
        assertFalse(PasswordHashes.matches("secret-2018", old));
        assertFalse(PasswordHashes.current(old, PasswordHashes.ITERATIONS));
        assertFalse("fewer iterations than today's are re-hashed too", PasswordHashes.current(PasswordHashes.hash("x", 1000), PasswordHashes.ITERATIONS));
        assertTrue(PasswordHashes.current(PasswordHashes.hash("x", PasswordHashes.ITERATIONS), PasswordHashes.ITERATIONS));
    }

    @Test
    public void malformedStoredFormsNeverMatch() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$0$AAAA$AAAA", "md5$1$a$b",
            "pbkdf2-sha256$999999999$AAAA$AAAA"}) {
            assertFalse(bad, PasswordHashes.matches("plain", bad));
        }
    }

    @Test
    public void theRealmsEncryptionServiceHashesAtOwaspsIterationCountByDefault() {
        org.apache.karaf.jaas.modules.Encryption e = new HallEncryptionService().createEncryption(Map.of("algorithm", "PBKDF2WithHmacSHA256"));
        String stored = e.encryptPassword("a long passphrase");
        assertTrue(stored, stored.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(e.checkPassword("a long passphrase", stored));
        assertFalse(e.checkPassword("a long passphrasE", stored));
    }

    @Test
    public void thePolicyWantsTwelveCharactersWithoutTheAccountName() {
        assertEquals("newPassword", refused("clerk", "short-pass1"));
        assertEquals("newPassword", refused("clerk", "my-CLERK-password-2026"));
        assertEquals("newPassword", refused("clerk", null));
        assertEquals("newPassword", refused("clerk", "            "));
        PasswordPolicy.check("clerk", "twelve chars");
        PasswordPolicy.check("clerk", "一二三四五六七八九十甲乙");
    }

    private static String refused(String user, String password) {
        try {
            PasswordPolicy.check(user, password);
            throw new AssertionError("accepted: " + password);
        } catch (HallException e) {
            assertEquals(400, e.kind().status());
            return e.field();
        }
    }
}
