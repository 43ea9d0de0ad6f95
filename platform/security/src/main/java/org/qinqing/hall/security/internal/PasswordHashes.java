package org.qinqing.hall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff password hashes: PBKDF2-HMAC-SHA256 with a 16-byte random salt at OWASP's iteration count
 * (600,000 in the 2023 Password Storage Cheat Sheet), stored as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>} between the realm's {@code {CRYPT}}
 * markers. Also checks the unsalted SHA-512 hex that earlier versions stored (Karaf's basic
 * encryption), so those accounts still log in — and are re-hashed at that login.
 */
public final class PasswordHashes {
    /** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with 600,000 iterations. */
    public static final int ITERATIONS = 600_000;
    /**
     * Iterations for a password the hall generated ({@link PasswordFile#newPassword()}: 16 characters
     * of a 55-letter alphabet, 92 bits from {@code SecureRandom}). Stretching slows the guessing of
     * passwords people choose; a 92-bit random secret cannot be guessed at any iteration count
     * (2^92 trials at 10^12 a second is 10^8 years), so its hash need not cost 600,000 rounds —
     * which a first start would pay once per generated account, ~0.3 s each. Such a password
     * must be changed at its first login, and the new one is hashed at {@link #ITERATIONS}.
     */
    public static final int GENERATED_ITERATIONS = 10_000;
    static final String SCHEME = "pbkdf2-sha256";
    private static final Pattern LEGACY_SHA512 = Pattern.compile("[0-9A-Fa-f]{128}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PasswordHashes() {
    }

    /** @return the stored form of {@code password} (without the realm's {@code {CRYPT}} markers) */
    public static String hash(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(pbkdf2(password, salt, iterations));
    }

    /** @return whether {@code password} matches the stored form (PBKDF2, or the old SHA-512 hex); false for anything else */
    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (LEGACY_SHA512.matcher(stored).matches()) {
            byte[] expected = HexFormat.of().parseHex(stored.toLowerCase(java.util.Locale.ROOT));
            return MessageDigest.isEqual(expected, sha512(password));
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > 100_000_000 || salt.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return whether the stored form is PBKDF2 with at least {@code iterations}: no re-hash needed */
    public static boolean current(String stored, int iterations) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            return Integer.parseInt(parts[1]) >= iterations;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] sha512(String password) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
