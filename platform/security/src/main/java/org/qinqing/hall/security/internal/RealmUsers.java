package org.qinqing.hall.security.internal;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineService;

/** The users of the Karaf JAAS realm {@code karaf}, through its properties backing engine. */
public class RealmUsers {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RealmUsers.class);
    static final String REALM = "karaf";

    private List<JaasRealm> realms;
    private BackingEngineService engines;

    public void setRealms(List<JaasRealm> realms) {
        this.realms = realms;
    }

    public void setEngines(BackingEngineService engines) {
        this.engines = engines;
    }

    BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                BackingEngine engine = engines.get(entry);
                if (engine != null) {
                    return engine;
                }
            }
        }
        throw new IllegalStateException("the JAAS realm '" + REALM + "' has no user store that can be written");
    }

    /** @return the realm's users file, from the options of its properties login module */
    UsersFile file() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object users = entry.getOptions().get("users");
                if (users != null) {
                    return new UsersFile(java.nio.file.Paths.get(users.toString()));
                }
            }
        }
        throw new IllegalStateException("the JAAS realm '" + REALM + "' has no users file");
    }

    boolean exists(String user) {
        return file().has(user);
    }

    /** Adds the account in one atomic write of the users file. @return false if it exists */
    boolean add(String user, String password, Set<String> roles, Set<String> groups) {
        return file().add(user, password, roles, groups);
    }

    /** Gives the user the roles and groups it lacks (in case another writer of the file lost them). */
    void repair(String user, Set<String> roles, Set<String> groups) {
        if (file().ensureRoles(user, roles, groups)) {
            LOG.warn("Account {} had lost roles {} or groups {}; they are back", user, roles, groups);
        }
    }

    /** @return the user's stored password hash (the realm's markers included), or {@code null} */
    String stored(String user) {
        return file().stored(user);
    }

    /** Stores a new password hash if the stored one is still {@code expected} ({@code null}: whatever it is). */
    boolean replacePassword(String user, String expected, String password) {
        UsersFile f = file();
        return f.replacePassword(user, expected, f.hash(password));
    }

    List<UserPrincipal> users() {
        return engine().listUsers();
    }

    /** @return the user's roles, those of their groups included */
    Set<String> roles(UserPrincipal user) {
        BackingEngine e = engine();
        Set<String> out = new LinkedHashSet<>();
        for (Principal p : e.listRoles(user)) {
            if (p instanceof RolePrincipal) {
                out.add(p.getName());
            }
        }
        for (GroupPrincipal g : e.listGroups(user)) {
            for (Principal p : e.listRoles(g)) {
                out.add(p.getName());
            }
        }
        return out;
    }
}
