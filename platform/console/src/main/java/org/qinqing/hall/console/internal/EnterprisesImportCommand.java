package org.qinqing.hall.console.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.directline.ImportReport;

/** {@code hall:enterprises-import FILE}: imports enterprises from CSV, reporting each bad line with its reason. Role: admin. */
@Service
@Command(scope = "hall", name = "enterprises-import", description = "Import enterprises from CSV (creditCode,name,categories,industry,leader,liaisonDepartment)")
public class EnterprisesImportCommand implements Action {

    @Reference
    private Enterprises enterprises;

    @Argument(index = 0, name = "file", required = true, description = "The CSV file (UTF-8)")
    @Completion(FileCompleter.class)
    private String file;

    @Override
    public Object execute() throws Exception {
        ImportReport r;
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            r = enterprises.importCsv(in, ConsoleActor.current());
        }
        if (!r.bad().isEmpty()) {
            ConsoleTable table = new ConsoleTable();
            table.column("Line").alignRight();
            table.column("Reason").maxSize(90).wrap();
            r.bad().forEach(b -> table.addRow().addContent(b.line(), b.reason()));
            table.print(System.out);
        }
        System.out.println(r.imported() + " of " + r.lines() + " line(s) imported, " + r.bad().size() + " bad, in " + r.millis() + " ms");
        return null;
    }
}
