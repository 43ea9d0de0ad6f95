package org.qinqing.hall.itests;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.qinqing.hall.itests.fixtures.BrokenDepartment;
import org.qinqing.hall.itests.fixtures.SampleDepartment;

/**
 * Builds department bundles for tests (outside the container, before it starts): a manifest,
 * the {@link SampleDepartment} class and a Blueprint file naming the department and its items.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the directory with the fixture jars, built fresh */
    public static File build(File dir) {
        dir.mkdirs();
        department(dir, "sample-1.0.0.jar", "org.qinqing.hall.itests.sample", "1.0.0", "sample", "测试部门", "sample-a,sample-b");
        department(dir, "sample-2.0.0.jar", "org.qinqing.hall.itests.sample", "2.0.0", "sample", "测试部门", "sample-c,sample-d,sample-e");
        department(dir, "dropin-1.0.0.jar", "org.qinqing.hall.itests.dropin", "1.0.0", "dropin", "投放部门", "dropin-a");
        department(dir, "thief-1.0.0.jar", "org.qinqing.hall.itests.thief", "1.0.0", "thief", "冒名部门", "thief-a,hr-talent-introduction");
        broken(dir);
        return dir;
    }

    /** A bundle whose department breaks the contract (promised limit over the legal one). */
    static void broken(File dir) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.qinqing.hall.itests.broken");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.qinqing.hall.spi;version=\"[1.0,2)\"");
        String classFile = BrokenDepartment.class.getName().replace('.', '/') + ".class";
        String blueprint = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<blueprint xmlns=\"http://www.osgi.org/xmlns/blueprint/v1.0.0\">\n"
                + "  <bean id=\"d\" class=\"" + BrokenDepartment.class.getName() + "\"/>\n"
                + "  <service ref=\"d\" interface=\"org.qinqing.hall.spi.DepartmentPlugin\"/>\n</blueprint>\n";
        try (JarOutputStream jar = new JarOutputStream(new FileOutputStream(new File(dir, "broken-1.0.0.jar")), mf);
             InputStream cls = BrokenDepartment.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            cls.transferTo(jar);
            jar.putNextEntry(new JarEntry("OSGI-INF/blueprint/department.xml"));
            jar.write(blueprint.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void department(File dir, String file, String bsn, String version, String code, String name, String items) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Name", "Test department " + code + " " + version);
        a.putValue("Import-Package", "org.qinqing.hall.spi;version=\"[1.0,2)\"");
        String blueprint = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<blueprint xmlns=\"http://www.osgi.org/xmlns/blueprint/v1.0.0\">\n"
                + "  <bean id=\"d\" class=\"" + SampleDepartment.class.getName() + "\">\n"
                + "    <argument value=\"" + code + "\"/><argument value=\"" + name + "\"/><argument value=\"" + items + "\"/>\n"
                + "  </bean>\n"
                + "  <service ref=\"d\" interface=\"org.qinqing.hall.spi.DepartmentPlugin\"/>\n"
                + "</blueprint>\n";
        String classFile = SampleDepartment.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream jar = new JarOutputStream(new FileOutputStream(new File(dir, file)), mf);
             InputStream cls = SampleDepartment.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            cls.transferTo(jar);
            jar.putNextEntry(new JarEntry("OSGI-INF/blueprint/department.xml"));
            jar.write(blueprint.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
