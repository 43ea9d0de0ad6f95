package org.qinqing.hall.online.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qinqing.hall.api.ActionInput;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseAction;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.api.Submission;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.cases.CaseIntake;
import org.qinqing.hall.online.ApplicantSession;
import org.qinqing.hall.online.Applicants;
import org.qinqing.hall.online.Delivery;
import org.qinqing.hall.online.OnlineCase;
import org.qinqing.hall.online.OnlineCases;
import org.qinqing.hall.online.SentMessage;
import org.qinqing.hall.online.VisitFigures;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.store.Database;
import org.qinqing.hall.store.Sql;
import org.qinqing.hall.store.Tx;
import org.qinqing.hall.store.TxWork;

/**
 * Online applications: the counter's intake ({@link CaseIntake}) records the case and this module
 * its delivery and pre-review limit in the same write, so neither exists without the other.
 */
public class OnlineCaseService implements OnlineCases {
    private static final Set<String> METHODS = Set.of(Delivery.DOWNLOAD, Delivery.POST, Delivery.WINDOW);

    private final Database db;
    private final CaseIntake intake;
    private final Cases cases;
    private final Catalogue catalogue;
    private final Parties parties;
    private final Applicants applicants;
    private final WorkingCalendar calendar;
    private final HallClock clock;
    private final CaseMessages messages;
    private final int preReviewDays;
    private final OnlineRows rows;

    public OnlineCaseService(Database db, CaseIntake intake, Cases cases, Catalogue catalogue, Parties parties, Applicants applicants,
            WorkingCalendar calendar, HallClock clock, CaseMessages messages, int preReviewDays) {
        this.db = db;
        this.intake = intake;
        this.cases = cases;
        this.catalogue = catalogue;
        this.parties = parties;
        this.applicants = applicants;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
        this.preReviewDays = preReviewDays;
        this.rows = new OnlineRows(db.rows(), 20_000);
        messages.setService(this);
    }

    /** @return the online rows of cases, kept */
    OnlineRows rows() {
        return rows;
    }

    /** @return the day a pre-review that starts today is due */
    LocalDate preReviewDue(LocalDate today) {
        return calendar.deadline(today, preReviewDays, LimitUnit.WORKING_DAYS);
    }

    @Override
    public CaseView submit(Submission s, Delivery delivery, ApplicantSession who) {
        if (!who.verified()) {
            throw new HallException(HallException.Kind.FORBIDDEN, "not_verified", null, "网上申报须先实名核验：请携带居民身份证到任一窗口核验"
                    + "（your account is registered, not verified: a clerk verifies it with your ID card at any window）");
        }
        Delivery d = delivery(delivery);
        if (s.applicantNumber() == null || s.applicantNumber().isBlank()) {
            throw HallException.invalid("applicantNumber", "applicantNumber is required: your own number or an enterprise you act for");
        }
        String applicant = parties.parse(s.applicantNumber(), "applicantNumber").value();
        String agent = null;
        if (!applicant.equals(who.person())) {
            boolean mayAct = applicants.actingFor(who.person()).stream().anyMatch(a -> a.number().equals(applicant));
            if (!mayAct) {
                throw new HallException(HallException.Kind.NOT_FOUND, "unknown_party", "applicantNumber",
                        "applicantNumber is neither you nor an enterprise you act for (GET /api/v1/online/enterprises)");
            }
            agent = who.person();
        }
        if (s.itemCode() != null) {
            CatalogueItem ci = catalogue.item(s.itemCode()).orElse(null);
            if (ci != null && !ci.item().has(Flag.ONLINE) && !ci.item().has(Flag.FULLY_ONLINE)) {
                throw new HallException(HallException.Kind.UNPROCESSABLE, "not_online", "itemCode",
                        "「" + ci.item().name() + "」不可网上办理，请到窗口申请");
            }
        }
        Submission online = new Submission(s.itemCode(), applicant, s.form(), s.materials(), s.channel(), null, agent, s.profileName(),
                s.profileFields(), s.idempotencyKey());
        Actor actor = Actor.applicant(who.person(), s.channel());
        TxWork<String> work = intake.prepare(online, actor);
        LocalDate due = preReviewDue(clock.today());
        String person = who.person();
        String number = db.write(tx -> {
            String n = work.apply(tx);
            if (insert(tx, n, person, applicant, d, due)) {
                messages.submitted(tx, n, person);
            }
            return n;
        });
        return cases.get(number, actor);
    }

    private static Delivery delivery(Delivery d) {
        if (d == null || d.method() == null) {
            return Delivery.download();
        }
        if (!METHODS.contains(d.method())) {
            throw HallException.invalid("delivery.method", "delivery.method is download (电子送达), post (邮寄) or window (窗口领取)");
        }
        if (d.method().equals(Delivery.POST)) {
            required(d.recipient(), "delivery.recipient", 60);
            required(d.address(), "delivery.address", 300);
            if (d.phone() == null || !d.phone().matches("1[3-9][0-9]{9}")) {
                throw HallException.invalid("delivery.phone", "delivery.phone is the recipient's 11-digit mobile number");
            }
            return new Delivery(Delivery.POST, d.recipient().trim(), d.phone(), d.address().trim());
        }
        return new Delivery(d.method(), null, null, null);
    }

    private static void required(String v, String field, int max) {
        if (v == null || v.isBlank()) {
            throw HallException.invalid(field, field + " is required for postal delivery");
        }
        if (v.length() > max) {
            throw HallException.invalid(field, field + " has at most " + max + " characters");
        }
    }

    /** @return whether the row is new (a retried submission answers with the first case, already recorded) */
    private boolean insert(Tx tx, String caseNumber, String person, String applicant, Delivery d, LocalDate due) throws SQLException {
        PreparedStatement seen = tx.prepare("SELECT 1 FROM online_case WHERE case_number = ?");
        seen.setString(1, caseNumber);
        try (ResultSet rs = seen.executeQuery()) {
            if (rs.next()) {
                rows.changed(tx, caseNumber); // whatever the intake's replay said of the case, its row is there
                return false;
            }
        }
        PreparedStatement in = tx.prepare("INSERT INTO online_case (case_number, person, applicant, delivery, recipient, recipient_phone,"
                + " address, pre_review_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        in.setString(1, caseNumber);
        in.setString(2, person);
        in.setString(3, applicant);
        in.setString(4, d.method());
        in.setString(5, d.recipient());
        in.setString(6, d.phone());
        in.setString(7, d.address());
        Sql.setDate(in, 8, due);
        in.executeUpdate();
        rows.changed(tx, caseNumber);
        return true;
    }

    @Override
    public Optional<OnlineCase> find(String caseNumber) {
        return Optional.ofNullable(find(List.of(caseNumber)).get(caseNumber));
    }

    @Override
    public Map<String, OnlineCase> find(List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, OnlineCase> out = new LinkedHashMap<>();
            String marks = String.join(",", caseNumbers.stream().map(n -> "?").toList());
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM online_case WHERE case_number IN (" + marks + ")")) {
                for (int i = 0; i < caseNumbers.size(); i++) {
                    ps.setString(i + 1, caseNumbers.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OnlineCase o = row(rs);
                        out.put(o.caseNumber(), o);
                    }
                }
            }
            return out;
        });
    }

    static OnlineCase row(ResultSet rs) throws SQLException {
        return new OnlineCase(rs.getString("case_number"), rs.getString("person"), rs.getString("applicant"),
                new Delivery(rs.getString("delivery"), rs.getString("recipient"), rs.getString("recipient_phone"), rs.getString("address")),
                Sql.date(rs, "pre_review_due"), rs.getString("tracking_number"), Sql.instant(rs, "posted_at"));
    }

    @Override
    public CaseView posted(String caseNumber, String trackingNumber, Actor clerk) {
        if (trackingNumber == null || !trackingNumber.trim().matches("[A-Za-z0-9-]{6,40}")) {
            throw HallException.invalid("trackingNumber", "trackingNumber is the postal tracking number (6–40 letters, digits or -)");
        }
        OnlineCase o = find(caseNumber).orElseThrow(() -> HallException.notFound("unknown_case", "no online case " + caseNumber));
        if (!Delivery.POST.equals(o.delivery().method())) {
            throw HallException.conflict("not_postal", "the applicant of " + caseNumber + " chose " + o.delivery().method() + ", not post");
        }
        String tracking = trackingNumber.trim();
        CaseView v = cases.act(caseNumber, CaseAction.COMPLETE, ActionInput.delivery("MAIL"), clerk);
        db.write(tx -> {
            PreparedStatement up = tx.prepare("UPDATE online_case SET tracking_number = ?, posted_at = ? WHERE case_number = ?");
            up.setString(1, tracking);
            Sql.setInstant(up, 2, tx.now());
            up.setString(3, caseNumber);
            up.executeUpdate();
            rows.changed(tx, caseNumber);
            messages.tell(tx, caseNumber, o.person(), "您的申请（" + caseNumber + "）的办理结果已邮寄，运单号 " + tracking + "。");
            return null;
        });
        return v;
    }

    @Override
    public List<SentMessage> messages(String person) {
        return db.read(c -> {
            List<SentMessage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sent_at, text, case_number FROM online_message WHERE person = ?"
                    + " ORDER BY sent_at DESC, id DESC FETCH FIRST 200 ROWS ONLY")) {
                ps.setString(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SentMessage(Sql.instant(rs, 1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public VisitFigures visits() {
        // read from the case table (the cases module's): the figures must be the cases' own counts, not a copy kept here
        return db.read(c -> {
            long completed = 0;
            long zero = 0;
            long one = 0;
            long more = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT visits, COUNT(*) FROM hall_case WHERE status = 'COMPLETED' GROUP BY visits")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        completed += n;
                        int v = rs.getInt(1);
                        if (v == 0) {
                            zero += n;
                        } else if (v == 1) {
                            one += n;
                        } else {
                            more += n;
                        }
                    }
                }
            }
            Map<String, Long> byChannel = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, COUNT(*) FROM hall_case WHERE status = 'COMPLETED' AND visits = 0"
                    + " GROUP BY channel ORDER BY channel")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byChannel.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return new VisitFigures(completed, zero, one, more, byChannel);
        });
    }
}
