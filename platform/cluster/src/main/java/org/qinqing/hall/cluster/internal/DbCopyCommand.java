package org.qinqing.hall.cluster.internal;

import java.sql.Connection;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.postgresql.ds.PGSimpleDataSource;
import org.qinqing.hall.store.Database;

/**
 * {@code hall:db-copy URL}: moves this hall's data (a Derby hall's, typically) into a PostgreSQL
 * database on which a hall of the same version has started once: every case, party, vault material
 * and audit record, in one transaction. Role: admin. See README, "Moving a Derby hall to PostgreSQL".
 */
@Service
@Command(scope = "hall", name = "db-copy", description = "Copy every table of this hall's database into a new hall's PostgreSQL database")
public class DbCopyCommand implements Action {

    @Argument(index = 0, name = "url", required = true, description = "The target, e.g. jdbc:postgresql://127.0.0.1:5432/hall")
    private String url;

    @Option(name = "--user", aliases = "-u", description = "The target's role (default hall)")
    private String user = "hall";

    @Option(name = "--password-file", description = "A file holding the target's password (else HALL_DB_PASSWORD, else asked)")
    private String passwordFile;

    @Reference
    private Database db;

    @Reference
    private org.apache.karaf.shell.api.console.Session session;

    @Override
    public Object execute() throws Exception {
        // never an argument: a command line is kept in the shell's history
        String password = passwordFile != null ? java.nio.file.Files.readString(java.nio.file.Path.of(passwordFile)).strip()
                : System.getenv("HALL_DB_PASSWORD") != null ? System.getenv("HALL_DB_PASSWORD")
                : session.readLine("Password of " + user + " on the target: ", '*');
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setURL(url);
        target.setUser(user);
        target.setPassword(password);
        long t0 = System.nanoTime();
        Map<String, Long> copied = db.read(source -> {
            try (Connection to = target.getConnection()) {
                return TableCopy.copy(source, to);
            }
        });
        ShellTable table = new ShellTable();
        table.column("Table");
        table.column("Rows").alignRight();
        copied.forEach((t, n) -> table.addRow().addContent(t, n));
        table.print(System.out);
        System.out.printf("Copied %d tables in %d ms. Point the hall at the target (etc/org.ops4j.datasource-hall.cfg), copy data/hall/"
                + " (keys, anchors), restart, and run hall:audit-verify.%n", copied.size(), (System.nanoTime() - t0) / 1_000_000);
        return null;
    }
}
