package vn.rollout.resolution;

import java.time.LocalDate;
import vn.rollout.programme.quality.Term;

/**
 * A registered resolution (nghị quyết) and the deadlines of its rollout, each the end of that day in
 * Vietnam; {@code inspectionCycle} is the rhythm of the inspection committee's periodic rounds, an ISO
 * 8601 repeating interval, {@code null} for the configured default.
 */
public record Resolution(
    long id,
    String symbol,
    String title,
    String issuingCommittee,
    Term term,
    LocalDate studyDue,
    LocalDate programmeDue,
    LocalDate midTermReportCutoff,
    LocalDate midTermConferenceBy,
    LocalDate finalReportCutoff,
    String inspectionCycle) {

  /** A resolution with the configured inspection cycle (the arity before the cycle was added). */
  public Resolution(long id, String symbol, String title, String issuingCommittee, Term term, LocalDate studyDue,
      LocalDate programmeDue, LocalDate midTermReportCutoff, LocalDate midTermConferenceBy,
      LocalDate finalReportCutoff) {
    this(id, symbol, title, issuingCommittee, term, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, null);
  }
}
