package vn.rollout.resolution;

import java.time.LocalDate;

/**
 * A registered resolution (nghị quyết) and the deadlines of its rollout, each the end of that day in
 * Vietnam: those the issuing committee sets for its direct subordinates, as registered ({@link
 * ResolutionDeadlines} gives every level's); {@code inspectionCycle} is the rhythm of the inspection
 * committee's periodic rounds, an ISO 8601 repeating interval, {@code null} for the configured default;
 * {@code levelOffset} how much earlier each level further down reports ({@code P10D}, {@code P10WD}),
 * {@code null} for a resolution registered before deadlines cascaded (one date for every level).
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
    String inspectionCycle,
    String levelOffset) {

  /** A resolution with one date for every level (the arity before deadlines cascaded). */
  public Resolution(long id, String symbol, String title, String issuingCommittee, Term term, LocalDate studyDue,
      LocalDate programmeDue, LocalDate midTermReportCutoff, LocalDate midTermConferenceBy,
      LocalDate finalReportCutoff, String inspectionCycle) {
    this(id, symbol, title, issuingCommittee, term, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, inspectionCycle, null);
  }

  /** A resolution with the configured inspection cycle (the arity before the cycle was added). */
  public Resolution(long id, String symbol, String title, String issuingCommittee, Term term, LocalDate studyDue,
      LocalDate programmeDue, LocalDate midTermReportCutoff, LocalDate midTermConferenceBy,
      LocalDate finalReportCutoff) {
    this(id, symbol, title, issuingCommittee, term, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, null, null);
  }
}
