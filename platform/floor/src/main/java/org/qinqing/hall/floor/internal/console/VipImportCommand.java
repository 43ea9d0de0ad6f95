package org.qinqing.hall.floor.internal.console;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.floor.Floor;

/** {@code hall:vip-import KIND FILE}: imports a VIP registry (绿色通道名录) from a CSV file. Role: admin. */
@Service
@Command(scope = "hall", name = "vip-import", description = "Import a VIP registry (ENTERPRISE, TALENT, STARTUP) from CSV: number,name,category[,specialist]")
public class VipImportCommand implements Action {

    @Reference
    private Floor floor;

    @Argument(index = 0, name = "kind", required = true, description = "ENTERPRISE, TALENT or STARTUP")
    private String kind;

    @Argument(index = 1, name = "file", required = true, description = "CSV file (UTF-8)")
    private String file;

    @Override
    public Object execute() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            int n = floor.importVip(kind.toUpperCase(java.util.Locale.ROOT), in, "console");
            System.out.println(n + " parties listed in " + kind.toUpperCase(java.util.Locale.ROOT));
        }
        return null;
    }
}
