package org.qinqing.hall.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The classes mounted in rest.xml are exactly those the role test checks. */
public class BlueprintMountsTest {

    @Test
    public void blueprintMountsTheResourcesTheRoleTestChecks() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/blueprint/rest.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> mounted = new TreeSet<>();
        Matcher m = Pattern.compile("class=\"(org\\.qinqing\\.hall\\.rest\\.internal\\.\\w+Resource)\"").matcher(xml);
        while (m.find()) {
            mounted.add(m.group(1));
        }
        Set<String> checked = new TreeSet<>();
        ApiResources.ALL.forEach(c -> checked.add(c.getName()));
        assertEquals(checked, mounted);
    }
}
