package org.qinqing.hall.security.internal;

import java.util.Hashtable;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the password encryption as soon as the bundle starts — not through Blueprint, whose
 * container waits for the database: passwords must be checkable (an admin's SSH login above all)
 * even while the hall's database is not there.
 */
public class SecurityActivator implements BundleActivator {
    private ServiceRegistration<EncryptionService> registration;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", HallEncryptionService.NAME);
        registration = context.registerService(EncryptionService.class, new HallEncryptionService(), props);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
        }
    }
}
