package org.qinqing.hall.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Karaf's {@code etc/users.properties} as earlier versions of the hall kept the staff accounts in it
 * ({@code user = {CRYPT}hash{CRYPT},role,…,_g_:group}; groups as {@code _g_\:group = group,role,…}):
 * read once to import the accounts into the database, then written back without them, so that no
 * stale password stays on a node's disk.
 */
final class UsersFile {
    private static final String CRYPT = "{CRYPT}";
    private static final String GROUP_KEY = "_g_\\:";

    /** An account line: its stored password (markers removed; clear text when it had none), roles and groups. */
    record Line(String user, String stored, boolean hashed, Set<String> roles, Set<String> groups) {
    }

    private final Path file;

    UsersFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** @return the account lines, in order (none when there is no file) */
    List<Line> accounts() {
        List<Line> out = new ArrayList<>();
        for (String l : read()) {
            String[] kv = entry(l);
            if (kv == null || kv[0].startsWith(GROUP_KEY) || kv[0].startsWith("_g_:")) {
                continue;
            }
            String[] parts = kv[1].split(",");
            Set<String> roles = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith(StaffStore.GROUP_PREFIX)) {
                    groups.add(p.substring(StaffStore.GROUP_PREFIX.length()));
                } else if (!p.isEmpty()) {
                    roles.add(p);
                }
            }
            String stored = parts[0].trim();
            boolean hashed = stored.length() >= 2 * CRYPT.length() && stored.startsWith(CRYPT) && stored.endsWith(CRYPT);
            out.add(new Line(kv[0], hashed ? unwrap(stored) : stored, hashed, roles, groups));
        }
        return out;
    }

    /** @return the groups defined in the file with the roles each gives */
    Map<String, Set<String>> groups() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String l : read()) {
            String[] kv = entry(l);
            if (kv != null && (kv[0].startsWith(GROUP_KEY) || kv[0].startsWith("_g_:"))) {
                Set<String> roles = new LinkedHashSet<>();
                String[] parts = kv[1].split(",");
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].trim().isEmpty()) {
                        roles.add(parts[i].trim());
                    }
                }
                out.put(kv[0].substring(kv[0].indexOf(':') + 1), roles);
            }
        }
        return out;
    }

    /** Writes the file back without its account lines (comments and groups kept), in one atomic move. */
    void removeAccounts(String note) {
        List<String> kept = new ArrayList<>();
        for (String l : read()) {
            String[] kv = entry(l);
            if (kv == null || kv[0].startsWith(GROUP_KEY) || kv[0].startsWith("_g_:")) {
                kept.add(l);
            }
        }
        kept.add("# " + note);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, kept, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the stored form without the realm's markers */
    static String unwrap(String stored) {
        if (stored != null && stored.length() >= 2 * CRYPT.length() && stored.startsWith(CRYPT) && stored.endsWith(CRYPT)) {
            return stored.substring(CRYPT.length(), stored.length() - CRYPT.length());
        }
        return stored;
    }

    /** @return key and value of a property line, or {@code null} for a comment or a blank line */
    private static String[] entry(String line) {
        String l = line.trim();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
            return null;
        }
        int eq = l.indexOf('=');
        int from = 0;
        while (eq > 0 && l.charAt(eq - 1) == '\\') { // an escaped '=' belongs to the key
            from = eq + 1;
            eq = l.indexOf('=', from);
        }
        return eq > 0 ? new String[] {l.substring(0, eq).trim(), l.substring(eq + 1).trim()} : null;
    }

    private List<String> read() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
