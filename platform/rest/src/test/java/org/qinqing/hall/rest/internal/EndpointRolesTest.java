package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.Test;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;

/** Every endpoint states who may call it: {@link Public} or {@link Allow}, never neither, never both. */
public class EndpointRolesTest {

    @Test
    public void everyEndpointDeclaresItsRoles() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : ApiResources.ALL) {
            for (Method m : resource.getDeclaredMethods()) {
                boolean endpoint = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                boolean pub = m.isAnnotationPresent(Public.class);
                boolean allow = m.isAnnotationPresent(Allow.class);
                if (endpoint && pub == allow) {
                    missing.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue("endpoints without exactly one of @Public/@Allow: " + missing, missing.isEmpty());
    }
}
