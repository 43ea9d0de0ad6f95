package org.qinqing.hall.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.SlaView;
import org.qinqing.hall.api.identity.Masking;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.store.Database;

/** Builds what callers see of a case; party numbers are masked here, once. */
final class Views {
    private static final Set<String> PAUSING = Set.of(CaseStatus.SUPPLEMENT_REQUESTED.name(), CaseStatus.SUSPENDED.name());

    private Views() {
    }

    /** A case's view; the database is read only for what the row and the kept results do not hold (pauses, materials before V6). */
    static CaseView view(Database db, CaseRow r, Item item, List<AuditEntry> timeline, List<Long> results, boolean withAccessCode,
            SlaView sla) {
        return new CaseView(r.caseNumber, r.itemCode, r.itemName, r.itemVersion, r.department, r.departmentName,
                Masking.mask(r.applicant), r.applicantName, "P".equals(r.applicantKind) ? "PERSON" : "ENTERPRISE",
                r.agent == null ? null : Masking.mask(r.agent), r.status, r.channel, r.window, r.submittedAt, r.acceptedAt,
                r.promisedDeadline, r.legalDeadline, r.limitUnit, r.visits, r.maxVisits, Masking.form(JsonCodec.readForm(r.formJson)),
                CaseRepository.materials(db, r, code -> {
                    Material m = item.material(code);
                    return m == null ? code : m.name();
                }), JsonCodec.readFindings(r.findingsJson), r.decisionReason,
                results, everPaused(timeline) ? db.read(c -> CaseRepository.pauses(c, r.id)) : List.of(),
                timeline, r.version, withAccessCode ? r.accessCode : null, r.calendarVersion, sla, r.origin);
    }

    /**
     * @return whether the case has clock pauses to show: only a request for supplement and a
     *         suspension start one, and each is in the case's timeline (the same transaction writes both)
     */
    private static boolean everPaused(List<AuditEntry> timeline) {
        for (AuditEntry e : timeline) {
            if (e.toStatus() != null && PAUSING.contains(e.toStatus())) {
                return true;
            }
        }
        return false;
    }

    static CaseSummary summary(CaseRow r, SlaView sla) {
        return new CaseSummary(r.caseNumber, r.itemCode, r.itemName, r.department, Masking.mask(r.applicant), r.applicantName,
                r.status, r.channel, r.submittedAt, r.acceptedAt, r.promisedDeadline, r.legalDeadline, sla);
    }

    /** @return the documents the case issued: only a decided case has any (approval and 秒批 both set {@code decidedAt} first) */
    static List<Long> results(Connection c, long caseId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT vault_id FROM case_result WHERE case_id = ? ORDER BY vault_id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
