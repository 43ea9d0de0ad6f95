package org.qinqing.hall.rest.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.AuditEntry;
import org.qinqing.hall.api.CaseMaterial;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseSummary;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.online.OnlineCase;
import org.qinqing.hall.spi.Message;

/** A case as its applicant sees it online: no staff names, what is missing, results to download. */
public record OnlineCaseJson(String caseNumber, String itemCode, String itemName, String departmentName, String applicant,
        String applicantName, String status, String statusLabel, String channel, String submittedAt, String preReviewDue,
        String acceptedAt, String promisedDeadline, String legalDeadline, int visits, int maxVisits, DeliveryJson delivery,
        List<Map<String, String>> missing, String decisionReason, List<MaterialJson> materials, List<ResultJson> results,
        List<StepJson> timeline, int version, String accessCode) {

    /** The delivery chosen; the recipient's phone masked. */
    public record DeliveryJson(String method, String recipient, String phone, String address, String trackingNumber, String postedAt) {
    }

    /** A material of the case. */
    public record MaterialJson(String code, String name, String title, Long vaultId, boolean fromVault) {
    }

    /** An issued document, downloadable. */
    public record ResultJson(long vaultId, String download) {
    }

    /** A step of the timeline: when, what, to which state — never who among the staff. */
    public record StepJson(String at, String action, String status, String label, String reason) {
    }

    /** A case in the applicant's list. */
    public record Summary(String caseNumber, String itemCode, String itemName, String applicant, String status, String statusLabel,
            String channel, String submittedAt, String preReviewDue, String acceptedAt, String promisedDeadline, String legalDeadline) {

        public static Summary of(CaseSummary s, OnlineCase o) {
            return new Summary(s.caseNumber(), s.itemCode(), s.itemName(), s.applicant(), s.status().name(), s.status().label(), s.channel(),
                    str(s.submittedAt()), o == null || s.status() != CaseStatus.PRE_REVIEW ? null : str(o.preReviewDue()),
                    str(s.acceptedAt()), str(s.promisedDeadline()), str(s.legalDeadline()));
        }
    }

    public static OnlineCaseJson of(CaseView v, OnlineCase o) {
        List<MaterialJson> materials = new ArrayList<>();
        for (CaseMaterial m : v.materials()) {
            materials.add(new MaterialJson(m.code(), m.name(), m.title(), m.vaultId(), m.fromVault()));
        }
        List<ResultJson> results = new ArrayList<>();
        for (Long id : v.results()) {
            results.add(new ResultJson(id, "/api/v1/online/vault/" + id + "/content"));
        }
        List<StepJson> timeline = new ArrayList<>();
        for (AuditEntry e : v.timeline()) {
            String to = e.toStatus();
            String label = null;
            if (to != null) {
                try {
                    label = CaseStatus.valueOf(to).label();
                } catch (IllegalArgumentException notAStatus) {
                    label = null;
                }
            }
            timeline.add(new StepJson(str(e.at()), e.action(), to, label, e.reason()));
        }
        DeliveryJson d = o == null ? null : new DeliveryJson(o.delivery().method(), o.delivery().recipient(),
                o.delivery().phone() == null ? null : Message.maskPhone(o.delivery().phone()), o.delivery().address(), o.trackingNumber(),
                str(o.postedAt()));
        boolean open = v.status() == CaseStatus.SUPPLEMENT_REQUESTED;
        return new OnlineCaseJson(v.caseNumber(), v.itemCode(), v.itemName(), v.departmentName(), v.applicant(), v.applicantName(),
                v.status().name(), v.status().label(), v.channel(), str(v.submittedAt()),
                o == null || v.status() != CaseStatus.PRE_REVIEW ? null : str(o.preReviewDue()), str(v.acceptedAt()),
                str(v.promisedDeadline()), str(v.legalDeadline()), v.visits(), v.maxVisits(), d, open ? v.findings() : List.of(),
                v.decisionReason(), materials, results, timeline, v.version(), v.accessCode());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
