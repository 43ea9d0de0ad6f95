package org.qinqing.hall.spi;

import java.util.List;
import java.util.Objects;

/** The outcome of a formal check (形式审查) at intake. */
public final class CheckResult {

    /** What the hall does with the application. */
    public enum Outcome {
        /** 受理: complete and admissible; a case is opened and the clocks start. */
        ACCEPT,
        /** 补正: materials or fields are missing or invalid; the applicant is told which. */
        SUPPLEMENT,
        /** 不予受理: inadmissible (not this department's matter, applicant not eligible …). */
        REJECT
    }

    private static final CheckResult ACCEPTED = new CheckResult(Outcome.ACCEPT, List.of());

    private final Outcome outcome;
    private final List<Finding> findings;

    private CheckResult(Outcome outcome, List<Finding> findings) {
        this.outcome = outcome;
        this.findings = List.copyOf(findings);
    }

    /** @return an acceptance */
    public static CheckResult accept() {
        return ACCEPTED;
    }

    /** @param findings what is missing or invalid, at least one @return a supplement request */
    public static CheckResult supplement(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a supplement request names at least one finding");
        }
        return new CheckResult(Outcome.SUPPLEMENT, findings);
    }

    /** @param findings what is missing or invalid @return a supplement request */
    public static CheckResult supplement(Finding... findings) {
        return supplement(List.of(findings));
    }

    /** @param reason why the application is inadmissible @return a rejection */
    public static CheckResult reject(String reason) {
        return new CheckResult(Outcome.REJECT, List.of(Finding.rule(Objects.requireNonNull(reason, "reason"))));
    }

    /** @param findings why the application is inadmissible @return a rejection */
    public static CheckResult reject(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one finding");
        }
        return new CheckResult(Outcome.REJECT, findings);
    }

    /** @return the outcome */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the findings, empty on acceptance */
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public String toString() {
        return outcome + (findings.isEmpty() ? "" : " " + findings);
    }
}
