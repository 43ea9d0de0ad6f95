package org.qinqing.hall.directline.internal;

import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ServedCase;

/**
 * Cases as rateable events: a decided or delivered case, proven by the access code on its receipt, the last four
 * characters of the applicant's number (as the progress page takes them), or the applicant's own login — the case
 * module checks the proof ({@link Cases#served}).
 */
final class CaseSubjects implements EventSource {
    private static final Set<CaseStatus> FINISHED = Set.of(CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.COMPLETED);

    private final Cases cases;

    CaseSubjects(Cases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<RatedEvent> find(String subject, String accessCode, String suffix, Actor applicant) {
        ServedCase c;
        try {
            c = cases.served(subject, accessCode, suffix, applicant == null || applicant.kind() != Actor.Kind.APPLICANT ? null : applicant);
        } catch (HallException e) {
            if (e.kind() == HallException.Kind.NOT_FOUND) {
                throw HallException.notFound("unknown_subject", "no finished service " + subject + " with that proof");
            }
            throw e;
        }
        if (!FINISHED.contains(c.status())) {
            throw HallException.conflict("not_finished", "case " + subject + " is not decided or delivered yet; rate it when it is");
        }
        return Optional.of(new RatedEvent("CASE", subject, c.department(), c.itemName(), c.window(), c.clerk()));
    }
}
