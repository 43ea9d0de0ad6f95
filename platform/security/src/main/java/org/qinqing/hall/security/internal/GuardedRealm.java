package org.qinqing.hall.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;

/**
 * The realm {@code karaf} as Karaf configures it (users.properties, public keys, its audit
 * modules), with {@link GuardLoginModule} in front. Registered with a higher rank than Karaf's own
 * realm of that name, so every login through the realm — REST, web sessions, the SSH console —
 * passes the guard; its other entries are always Karaf's current ones.
 */
public class GuardedRealm implements JaasRealm {
    static final int RANK = 10;

    private final BundleContext context;
    private final LoginGuard guard;
    private final AccountService accounts;
    private List<JaasRealm> realms = List.of();

    public GuardedRealm(BundleContext context, LoginGuard guard, AccountService accounts) {
        this.context = context;
        this.guard = guard;
        this.accounts = accounts;
    }

    /** @param realms the JAAS realms registered by others (Karaf's {@code karaf} among them) */
    public void setRealms(List<JaasRealm> realms) {
        this.realms = realms;
    }

    @Override
    public String getName() {
        return RealmUsers.REALM;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        JaasRealm karaf = null;
        for (JaasRealm r : realms) {
            if (RealmUsers.REALM.equals(r.getName()) && r.getRank() < RANK && (karaf == null || r.getRank() > karaf.getRank())) {
                karaf = r;
            }
        }
        List<AppConfigurationEntry> out = new ArrayList<>();
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, GuardLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(GuardLoginModule.GUARD, guard);
        options.put(GuardLoginModule.ACCOUNTS, accounts);
        // requisite: a throttled attempt ends the login at once, before any password is checked
        out.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE, options));
        if (karaf != null) {
            out.addAll(List.of(karaf.getEntries()));
        }
        return out.toArray(new AppConfigurationEntry[0]);
    }
}
