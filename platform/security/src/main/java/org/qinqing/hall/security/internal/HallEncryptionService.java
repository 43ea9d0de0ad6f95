package org.qinqing.hall.security.internal;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

/**
 * The realm's password encryption, selected in {@code etc/org.apache.karaf.jaas.cfg} by
 * {@code encryption.name = hall-pbkdf2}: PBKDF2-HMAC-SHA256 (see {@link PasswordHashes}), with
 * {@code encryption.iterations} (default 600,000). Karaf's properties login module checks every
 * password through it; Karaf's own tools (jaas:useradd, the encryption of clear-text passwords
 * put into users.properties) hash new passwords through it.
 */
public class HallEncryptionService implements EncryptionService {
    /** The service property {@code name} the realm's {@code encryption.name} selects. */
    public static final String NAME = "hall-pbkdf2";

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        String configured = params == null ? null : params.get("iterations");
        int iterations = configured == null || configured.isBlank() ? PasswordHashes.ITERATIONS : Integer.parseInt(configured.trim());
        if (iterations < 1) {
            throw new IllegalArgumentException("encryption.iterations must be positive, not " + iterations);
        }
        return new Encryption() {
            @Override
            public String encryptPassword(String plain) {
                return PasswordHashes.hash(plain, iterations);
            }

            @Override
            public boolean checkPassword(String provided, String stored) {
                return PasswordHashes.matches(provided, stored);
            }
        };
    }
}
