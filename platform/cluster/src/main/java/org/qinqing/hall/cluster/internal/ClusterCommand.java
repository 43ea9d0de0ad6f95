package org.qinqing.hall.cluster.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.NodeName;

/** {@code hall:cluster}: the nodes sharing this database, their heartbeats and bundle versions. Role: admin. */
@Service
@Command(scope = "hall", name = "cluster", description = "List the hall nodes on this database (heartbeats) and warn where their bundle versions differ")
public class ClusterCommand implements Action {

    @Reference
    private Database db;

    @Override
    public Object execute() {
        List<Nodes.Node> nodes = db.read(c -> {
            List<Nodes.Node> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT node, started_at, seen_at, bundles, CURRENT_TIMESTAMP FROM hall_node ORDER BY node");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Nodes.Node(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(5).toInstant(), Nodes.decode(rs.getString(4))));
                }
            }
            return out;
        });
        String self = NodeName.local();
        ShellTable table = new ShellTable();
        table.column("Node");
        table.column("State");
        table.column("Started");
        table.column("Last seen").alignRight();
        table.column("Hall bundles").alignRight();
        List<Nodes.Node> alive = new ArrayList<>();
        for (Nodes.Node n : nodes) {
            if (n.alive()) {
                alive.add(n);
            }
            long ago = Duration.between(n.seen(), n.now()).toSeconds();
            table.addRow().addContent(n.name() + (n.name().equals(self) ? " (this node)" : ""), n.alive() ? "up" : "silent",
                    n.started().toString(), ago + " s ago", n.bundles().size());
        }
        table.print(System.out);
        List<String> differences = Nodes.differences(alive);
        if (differences.isEmpty()) {
            System.out.println(alive.size() + " node(s) up, the same version of every hall and department bundle");
        } else {
            System.out.println("WARNING: bundle versions differ between the nodes up:");
            differences.forEach(d -> System.out.println("  " + d));
        }
        return null;
    }
}
