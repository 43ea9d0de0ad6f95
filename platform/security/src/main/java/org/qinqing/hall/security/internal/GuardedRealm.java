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
 * The realm {@code karaf}: {@link GuardLoginModule} in front, then the staff accounts of the
 * database ({@link StaffLoginModule}, in place of Karaf's users.properties module), then Karaf's
 * other current entries (public keys, its audit modules). Registered with a higher rank than
 * Karaf's own realm of that name, so every login through the realm — REST, web sessions, the SSH
 * console — passes the guard and checks the accounts every node shares. Until it is registered
 * (the database not there yet), Karaf's own realm over {@code etc/users.properties} answers.
 */
public class GuardedRealm implements JaasRealm {
    static final int RANK = 10;
    static final String REALM = "karaf";

    /** Karaf's module over etc/users.properties: its accounts are imported into the database at start. */
    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";

    private final BundleContext context;
    private final LoginGuard guard;
    private final AccountService accounts;
    private final StaffStore staff;
    private List<JaasRealm> realms = List.of();

    public GuardedRealm(BundleContext context, LoginGuard guard, AccountService accounts, StaffStore staff) {
        this.context = context;
        this.guard = guard;
        this.accounts = accounts;
        this.staff = staff;
    }

    /** @param realms the JAAS realms registered by others (Karaf's {@code karaf} among them) */
    public void setRealms(List<JaasRealm> realms) {
        this.realms = realms;
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        JaasRealm karaf = null;
        for (JaasRealm r : realms) {
            if (REALM.equals(r.getName()) && r.getRank() < RANK && (karaf == null || r.getRank() > karaf.getRank())) {
                karaf = r;
            }
        }
        List<AppConfigurationEntry> out = new ArrayList<>();
        Map<String, Object> guardOptions = options(GuardLoginModule.class);
        guardOptions.put(GuardLoginModule.GUARD, guard);
        guardOptions.put(GuardLoginModule.ACCOUNTS, accounts);
        // requisite: a throttled attempt ends the login at once, before any password is checked
        out.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE, guardOptions));
        Map<String, Object> staffOptions = options(StaffLoginModule.class);
        staffOptions.put(StaffLoginModule.STORE, staff);
        out.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, staffOptions));
        if (karaf != null) {
            for (AppConfigurationEntry e : karaf.getEntries()) {
                if (!PROPERTIES_MODULE.equals(e.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))) {
                    out.add(e);
                }
            }
        }
        return out.toArray(new AppConfigurationEntry[0]);
    }

    /** @return the options that make Karaf's proxy load {@code module} from this bundle */
    private Map<String, Object> options(Class<?> module) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, module.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        return options;
    }
}
