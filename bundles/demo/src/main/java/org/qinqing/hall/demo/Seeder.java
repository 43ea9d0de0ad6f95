package org.qinqing.hall.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseStatus;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CompositeCase;
import org.qinqing.hall.api.CompositeInfo;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.ItemQuery;
import org.qinqing.hall.api.MaterialInput;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.spi.Channel;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty hall through the same services the windows use: profiles for ten people and four
 * enterprises, then for every active department a few of its items taken at the counter and moved
 * on as staff would (awaiting review, in review, approved and delivered, supplement requested,
 * suspended for an expert review, denied), and composite cases with their first steps approved.
 * An item whose rules refuse the generated form is skipped: the demo never goes around a rule.
 */
final class Seeder {
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    /** Cases per department. */
    private static final int PER_DEPARTMENT = 3;

    private final Cases cases;
    private final Composites composites;
    private final Parties parties;
    private final Catalogue catalogue;
    private final LocalDate today;
    private final List<DemoPeople.Party> people = DemoPeople.people();
    private final List<DemoPeople.Party> enterprises = DemoPeople.enterprises();
    private int next;
    private int moved;

    Seeder(Cases cases, Composites composites, Parties parties, Catalogue catalogue, LocalDate today) {
        this.cases = cases;
        this.composites = composites;
        this.parties = parties;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** @return whether the demo's applicants are already known (seeded before) */
    boolean seeded() {
        return parties.find(people.get(0).number()).isPresent();
    }

    /** @return how many cases were created */
    int seed() {
        for (DemoPeople.Party p : people) {
            parties.save(p.number(), 0, p.name(), p.fields(), CLERK);
        }
        for (DemoPeople.Party e : enterprises) {
            parties.save(e.number(), 0, e.name(), e.fields(), CLERK);
        }
        int created = 0;
        for (DepartmentInfo d : catalogue.departments()) {
            if (d.status() == DepartmentStatus.ACTIVE) {
                created += department(d.code());
            }
        }
        for (CompositeInfo c : composites.composites()) {
            if (c.active()) {
                created += composite(c);
            }
        }
        return created;
    }

    private int department(String department) {
        int made = 0;
        for (CatalogueItem ci : catalogue.items(new ItemQuery(department, null, null, null))) {
            if (made == PER_DEPARTMENT) {
                break;
            }
            DemoPeople.Party applicant = applicant(ci.item().party());
            try {
                CaseView c = cases.submit(submission(ci.code(), applicant, ci.item().fields(), ci.item().materials()), CLERK);
                next++;
                if (c.status() == CaseStatus.ACCEPTED) {
                    move(c.caseNumber(), department, moved++);
                }
                made++;
            } catch (HallException e) {
                LOG.debug("Demo: item {} skipped: {}", ci.code(), e.getMessage());
            }
        }
        return made;
    }

    /** Moves an accepted case on by its number in the demo, so that every state shows up across the departments. */
    private void move(String number, String department, int n) {
        Actor approver = approver(department);
        try {
            switch (n % 7) {
                case 1 -> cases.act(number, CaseAction.REVIEW, ActionInput.NONE, approver);
                case 2 -> {
                    approve(number, approver);
                    cases.act(number, CaseAction.COMPLETE, ActionInput.delivery("ELECTRONIC"), CLERK);
                }
                case 3 -> cases.act(number, CaseAction.REQUEST_SUPPLEMENT, ActionInput.reason("请补充加盖公章的材料复印件（演示）"), approver);
                case 4 -> {
                    cases.act(number, CaseAction.REVIEW, ActionInput.NONE, approver);
                    cases.act(number, CaseAction.SUSPEND, new ActionInput("需组织专家评审（演示）", Map.of(), List.of(), "EXPERT_REVIEW",
                            null, null, null), approver);
                }
                case 5 -> {
                    cases.act(number, CaseAction.REVIEW, ActionInput.NONE, approver);
                    cases.act(number, CaseAction.DENY, ActionInput.reason("申请材料与实际情况不符（演示）"), approver);
                }
                case 6 -> approve(number, approver);
                default -> {
                    // left as the window accepted it: awaiting review
                }
            }
        } catch (HallException e) {
            LOG.debug("Demo: case {} not moved on: {}", number, e.getMessage());
        }
    }

    /** @return the department's demo approver, as the platform creates it (approver-{code}) */
    private static Actor approver(String department) {
        return Actor.staff("approver-" + department, Set.of("approver", "dept:" + department), null, null);
    }

    private void approve(String number, Actor approver) {
        cases.act(number, CaseAction.REVIEW, ActionInput.NONE, approver);
        cases.act(number, CaseAction.APPROVE, ActionInput.NONE, approver);
    }

    private int composite(CompositeInfo c) {
        int made = 0;
        for (int i = 0; i < 2; i++) {
            DemoPeople.Party applicant = applicant(c.party());
            try {
                CompositeCase k = composites.submit(submission(c.code(), applicant, c.fields(), c.materials()), CLERK);
                if (i == 1) {
                    // the first ready step approved by its department: the composite moves on along its graph
                    CompositeCase.StepState first = k.steps().stream().filter(s -> s.caseNumber() != null).findFirst().orElse(null);
                    if (first != null) {
                        approve(first.caseNumber(), approver(first.department()));
                    }
                }
                made++;
            } catch (HallException e) {
                LOG.debug("Demo: composite {} skipped: {}", c.code(), e.getMessage());
            }
        }
        return made;
    }

    private DemoPeople.Party applicant(PartyType party) {
        List<DemoPeople.Party> from = party == PartyType.ENTERPRISE ? enterprises : people;
        return from.get(next % from.size());
    }

    private Submission submission(String code, DemoPeople.Party applicant, List<FormField> fields, List<Material> materials) {
        List<MaterialInput> handed = new ArrayList<>();
        for (Material m : materials) {
            handed.add(new MaterialInput(m.code(), null, null, null, null, null, true));
        }
        String person = enterprises.contains(applicant) ? people.get(0).number() : applicant.number();
        Map<String, Object> form = FormFiller.fill(fields, person, enterprises.get(0).number(), today);
        return new Submission(code, applicant.number(), form, handed, Channel.COUNTER, "A01", null, null, Map.of(), null);
    }
}
