package org.qinqing.hall.rest.internal;

import java.util.List;

/** The resource classes the Blueprint file mounts; a test keeps this list and rest.xml in step. */
final class Resources {
    static final List<Class<?>> ALL = List.of(DepartmentResource.class, ItemResource.class, MeResource.class);

    private Resources() {
    }
}
