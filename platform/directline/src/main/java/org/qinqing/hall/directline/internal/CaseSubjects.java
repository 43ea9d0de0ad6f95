package org.qinqing.hall.directline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.store.Database;

/**
 * Cases as rateable events: a decided or delivered case, proven by the access code on its receipt, the last four
 * characters of the applicant's number (as the progress page takes them), or the applicant's own login. Reads the
 * case table (read only; the case module alone writes it) because the case API answers no lookup by proof.
 */
final class CaseSubjects implements EventSource {
    private static final Set<String> FINISHED = Set.of("APPROVED", "DENIED", "COMPLETED");

    private final Database db;

    CaseSubjects(Database db) {
        this.db = db;
    }

    @Override
    public Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant) {
        record Row(String status, String department, String item, String window, String clerk, String code, String applicant, String agent) {
        }
        Row r = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status, department, item_name, window_code, submitted_by, access_code,"
                    + " applicant, agent FROM hall_case WHERE case_number = ?")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)) : null;
                }
            }
        });
        if (r == null) {
            return Optional.empty();
        }
        boolean proven;
        if (accessCode != null && !accessCode.isBlank()) {
            proven = MessageDigest.isEqual(r.code.getBytes(StandardCharsets.UTF_8),
                    accessCode.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } else if (suffix != null && !suffix.isBlank()) {
            proven = suffix.trim().length() == 4 && r.applicant.toUpperCase(Locale.ROOT).endsWith(suffix.trim().toUpperCase(Locale.ROOT));
        } else if (applicant != null && applicant.kind() == Actor.Kind.APPLICANT) {
            proven = applicant.id().equals(r.applicant) || applicant.id().equals(r.agent);
        } else {
            throw HallException.invalid("accessCode", "give the access code on the receipt, or suffix: the last four characters of the applicant's number");
        }
        if (!proven) {
            // the same answer as an unknown case: a wrong code must not tell that the case exists
            throw HallException.notFound("unknown_subject", "no finished service " + subject + " with that proof");
        }
        if (!FINISHED.contains(r.status)) {
            throw HallException.conflict("not_finished", "case " + subject + " is not decided or delivered yet; rate it when it is");
        }
        return Optional.of(new RatedEvent("CASE", subject, r.department, r.item, r.window, r.clerk));
    }
}
