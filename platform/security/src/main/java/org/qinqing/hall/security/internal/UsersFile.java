package org.qinqing.hall.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The realm's {@code users.properties}, changed one whole account at a time: the file is read,
 * the account's line put in, and the result moved over the file atomically — so a login never
 * reads half a file, and an account is never left without the roles written a moment later
 * (Karaf's backing engine writes the user, each role and each group as separate rewrites of the
 * file). Passwords are stored the way the realm is configured to check them
 * ({@code etc/org.apache.karaf.jaas.cfg}: {@code {CRYPT}} + PBKDF2 + {@code {CRYPT}}).
 */
final class UsersFile {
    /**
     * One monitor for every writer of the file in this JVM, across bundle class loaders (a
     * refreshed bundle's old and new instances): string literals are interned JVM-wide.
     */
    private static final Object WRITERS = "org.qinqing.hall.security.users.properties";
    private static final String CRYPT = "{CRYPT}";

    private final Path file;
    private final int iterations;

    UsersFile(Path file) {
        this(file, PasswordHashes.ITERATIONS);
    }

    /** @param iterations PBKDF2 iterations for new hashes (tests use few) */
    UsersFile(Path file, int iterations) {
        this.file = file;
        this.iterations = iterations;
    }

    /** @return whether the file has the user */
    boolean has(String user) {
        return line(read(), user) >= 0;
    }

    /** Adds the user with password, roles and groups in one write. @return false if the user exists */
    boolean add(String user, String password, Set<String> roles, Set<String> groups) {
        String hashed = hash(password); // slow by design: outside the lock
        synchronized (WRITERS) {
            List<String> lines = read();
            if (line(lines, user) >= 0) {
                return false;
            }
            lines.add(entry(user, hashed, roles, groups));
            write(lines);
            return true;
        }
    }

    /** Gives an existing user the roles and groups it lacks, in one write. @return whether it changed */
    boolean ensureRoles(String user, Set<String> roles, Set<String> groups) {
        synchronized (WRITERS) {
            List<String> lines = read();
            int at = line(lines, user);
            if (at < 0) {
                return false;
            }
            String value = lines.get(at).substring(lines.get(at).indexOf('=') + 1).trim();
            String[] parts = value.split(",");
            Set<String> have = new LinkedHashSet<>();
            for (int i = 1; i < parts.length; i++) {
                have.add(parts[i].trim());
            }
            Set<String> want = new LinkedHashSet<>(have);
            want.addAll(roles);
            groups.forEach(g -> want.add("_g_:" + g));
            if (want.equals(have)) {
                return false;
            }
            lines.set(at, user + " = " + parts[0].trim() + "," + String.join(",", want));
            write(lines);
            return true;
        }
    }

    private static String entry(String user, String hashed, Set<String> roles, Set<String> groups) {
        StringBuilder sb = new StringBuilder(user).append(" = ").append(hashed);
        roles.forEach(r -> sb.append(',').append(r));
        groups.forEach(g -> sb.append(",_g_:").append(g));
        return sb.toString();
    }

    /** @return the password as the realm stores it: PBKDF2 (see {@link PasswordHashes}) between the {@code {CRYPT}} markers */
    String hash(String password) {
        return CRYPT + PasswordHashes.hash(password, iterations) + CRYPT;
    }

    /** @return the user's stored password (markers included), or {@code null} for an unknown user */
    String stored(String user) {
        List<String> lines = read();
        int at = line(lines, user);
        if (at < 0) {
            return null;
        }
        String value = lines.get(at).substring(lines.get(at).indexOf('=') + 1).trim();
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }

    /**
     * Replaces the user's stored password, keeping roles and groups, if the stored one is still
     * {@code expected} (a concurrent change wins). @return whether it was replaced
     */
    boolean replacePassword(String user, String expected, String hashed) {
        synchronized (WRITERS) {
            List<String> lines = read();
            int at = line(lines, user);
            if (at < 0) {
                return false;
            }
            String value = lines.get(at).substring(lines.get(at).indexOf('=') + 1).trim();
            int comma = value.indexOf(',');
            String current = (comma < 0 ? value : value.substring(0, comma)).trim();
            if (expected != null && !expected.equals(current)) {
                return false;
            }
            lines.set(at, user + " = " + hashed + (comma < 0 ? "" : value.substring(comma)));
            write(lines);
            return true;
        }
    }

    /** @return the stored form without the realm's markers */
    static String unwrap(String stored) {
        if (stored != null && stored.length() >= 2 * CRYPT.length() && stored.startsWith(CRYPT) && stored.endsWith(CRYPT)) {
            return stored.substring(CRYPT.length(), stored.length() - CRYPT.length());
        }
        return stored;
    }

    private static int line(List<String> lines, String user) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq > 0 && l.substring(0, eq).trim().equals(user)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> read() {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(List<String> lines) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
