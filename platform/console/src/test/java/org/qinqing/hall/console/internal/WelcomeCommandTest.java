package org.qinqing.hall.console.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;

public class WelcomeCommandTest {

    private static DepartmentInfo department(String code, DepartmentStatus status) {
        return new DepartmentInfo(code, code, null, 3, "org.qinqing.hall.hall-dept-" + code, "1.0.0", status, "");
    }

    @Test
    public void namesTheVersionTheActiveDepartmentsAndThePasswordFile() throws Exception {
        Path file = Files.createTempFile("initial-passwords", ".txt");
        String text = WelcomeCommand.text("1.2.0", List.of(department("police", DepartmentStatus.ACTIVE),
                department("civil", DepartmentStatus.ACTIVE)), file);
        assertEquals("Qinqing Hall 1.2.0 · 2 departments loaded: civil police\nInitial staff passwords: " + file.toAbsolutePath(), text);
    }

    @Test
    public void saysWhichDepartmentsAreNotActiveAndThatThePasswordFileIsNotThereYet() {
        String text = WelcomeCommand.text("1.0.0", List.of(department("hr", DepartmentStatus.ACTIVE),
                department("water", DepartmentStatus.REFUSED)), Path.of("/nonexistent/initial-passwords.txt"));
        assertEquals("Qinqing Hall 1.0.0 · 1 department loaded: hr (not active: water REFUSED)\n"
                + "Initial staff passwords: /nonexistent/initial-passwords.txt (not written yet)", text);
    }
}
