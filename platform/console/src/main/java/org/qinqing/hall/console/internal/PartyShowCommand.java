package org.qinqing.hall.console.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.qinqing.hall.api.AgentLink;
import org.qinqing.hall.api.IdentityCheck;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.PartyProfile;
import org.qinqing.hall.api.ProfileVersion;
import org.qinqing.hall.api.Vault;
import org.qinqing.hall.api.VaultMaterial;
import org.qinqing.hall.api.identity.Masking;

/** {@code hall:party-show NUMBER}: the identity check, profile, its versions, agents and vault. Role: admin. */
@Service
@Command(scope = "hall", name = "party-show", description = "Show a party: number check, profile and its versions, agents, vault")
public class PartyShowCommand implements Action {

    @Reference
    private Parties parties;

    @Reference
    private Vault vault;

    @Argument(index = 0, name = "number", required = true, description = "Resident ID number or credit code")
    private String number;

    @Override
    public Object execute() {
        IdentityCheck check = parties.check(number);
        System.out.println((check.valid() ? "VALID   " : "INVALID ") + check.kind() + "  " + check.masked() + "  " + check.message());
        if (!check.valid()) {
            return null;
        }
        String n = parties.parse(number, "number").value();
        PartyProfile p = parties.find(n).orElse(null);
        if (p == null) {
            System.out.println("No profile collected yet.");
            return null;
        }
        System.out.println("Name     " + p.name() + "   version " + p.version() + ", " + p.updatedAt() + " by " + p.updatedBy() + " (" + p.channel() + ")");
        for (Map.Entry<String, String> f : Masking.values(p.fields()).entrySet()) {
            System.out.println("  " + f.getKey() + " = " + f.getValue());
        }
        for (ProfileVersion v : parties.history(n)) {
            System.out.println("  earlier v" + v.version() + ": " + v.name() + " " + v.fields().keySet() + " by " + v.changedBy() + " at " + v.changedAt());
        }
        for (AgentLink a : parties.agents(n)) {
            System.out.println("Agent    " + Masking.mask(a.agent()) + " " + a.role() + " since " + a.since());
        }
        ConsoleTable table = new ConsoleTable();
        table.column("Vault id");
        table.column("Kind");
        table.column("Title");
        table.column("Valid until");
        table.column("From case");
        for (VaultMaterial m : vault.list(n)) {
            table.addRow().addContent(m.id(), m.kind(), m.title(), m.validUntil() == null ? "" : m.validUntil(),
                    m.sourceCase() == null ? "" : m.sourceCase());
        }
        table.print(System.out);
        return null;
    }
}
