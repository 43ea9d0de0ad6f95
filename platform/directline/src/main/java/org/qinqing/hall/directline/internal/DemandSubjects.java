package org.qinqing.hall.directline.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Optional;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Database;

/** Answered demands as rateable events, proven by the last four characters of the enterprise's credit code. */
final class DemandSubjects implements EventSource {
    private final Database db;
    private final java.util.function.BiPredicate<String, String> agents;

    /** @param agents whether a person is a registered agent of an enterprise (a logged-in agent needs no suffix) */
    DemandSubjects(Database db, java.util.function.BiPredicate<String, String> agents) {
        this.db = db;
        this.agents = agents;
    }

    @Override
    public Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant) {
        if (!subject.startsWith(DemandService.PREFIX)) {
            return Optional.empty();
        }
        String[] r = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.status, d.department, c.name, d.enterprise, d.officer FROM dl_demand d"
                    + " LEFT JOIN dl_demand_category c ON c.code = d.category WHERE d.demand_number = ?")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)} : null;
                }
            }
        });
        if (r == null) {
            return Optional.empty();
        }
        boolean agent = applicant != null && applicant.kind() == Actor.Kind.APPLICANT && agents.test(r[3], applicant.id());
        if (!agent && (suffix == null || suffix.isBlank())) {
            throw HallException.invalid("suffix", "give the last four characters of the enterprise's credit code");
        }
        if (!agent && (suffix.trim().length() != 4 || !r[3].endsWith(suffix.trim().toUpperCase(Locale.ROOT)))) {
            throw HallException.notFound("unknown_subject", "no finished service " + subject + " with that proof");
        }
        if (!r[0].equals("ANSWERED") && !r[0].equals("CLOSED")) {
            throw HallException.conflict("not_finished", "demand " + subject + " is not answered yet; rate it when it is");
        }
        return Optional.of(new RatedEvent("DEMAND", subject, r[1], r[2] == null ? "诉求" : "诉求：" + r[2], null, r[4]));
    }
}
