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
