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

    boolean exists(String user) {
        return engine().lookupUser(user) != null;
    }

    void add(String user, String password, Set<String> roles, Set<String> groups) {
        BackingEngine e = engine();
        e.addUser(user, password);
        for (String g : groups) {
            e.addGroup(user, g);
        }
        for (String r : roles) {
            e.addRole(user, r);
        }
        repair(user, roles, groups);
    }

    /**
     * Gives the user the roles and groups it lacks. The properties file is rewritten whole by
     * each change, and Karaf's own login module may rewrite it too (it re-encrypts passwords), so
     * a change made a moment ago can be lost to a writer that read the file before it: read back
     * and add again until the file holds what it must.
     */
    void repair(String user, Set<String> roles, Set<String> groups) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            BackingEngine e = engine();
            UserPrincipal u = e.lookupUser(user);
            if (u == null) {
                return;
            }
            Set<String> have = new LinkedHashSet<>();
            e.listRoles(u).forEach(p -> have.add(p.getName()));
            Set<String> inGroups = new LinkedHashSet<>();
            e.listGroups(u).forEach(g -> inGroups.add(g.getName()));
            boolean complete = have.containsAll(roles) && inGroups.containsAll(groups);
            if (complete) {
                return;
            }
            LOG.warn("Account {} lacks roles {} or groups {} (attempt {}); adding them again", user, roles, groups, attempt);
            for (String g : groups) {
                if (!inGroups.contains(g)) {
                    e.addGroup(user, g);
                }
            }
            for (String r : roles) {
                if (!have.contains(r)) {
                    e.addRole(user, r);
                }
            }
            try {
                Thread.sleep(50L * attempt);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
