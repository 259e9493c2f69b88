package vn.rollout.resolution;

import java.time.LocalDate;
import java.util.List;

/**
 * A resolution to register, as {@code POST /api/resolutions} and the registration start form send it.
 * {@code midTermReportCutoff} and {@code midTermConferenceBy} may be left out: they default to 20 April
 * and 10 June of the term's middle year; {@code inspectionCycle}, the inspection committee's rhythm of
 * periodic rounds (an ISO 8601 repeating interval such as {@code R/P3M}), defaults to
 * {@code rollout.inspection-cycle} ({@code R/P6M}); {@code levelOffset}, how much earlier each level
 * below the issuing committee's direct subordinates reports ({@code P10D}: ten days a level;
 * {@code P10WD}: ten working days), defaults to {@code rollout.deadlines.level-offset}. The dates are
 * those the issuing committee sets for its direct subordinates. {@code targets}, the resolution's
 * figures (chỉ tiêu), may be left out or empty ({@link TargetRequest}).
 */
public record RegisterResolution(
    String symbol,
    String title,
    String issuingCommittee,
    LocalDate termFrom,
    LocalDate termTo,
    LocalDate studyDue,
    LocalDate programmeDue,
    LocalDate midTermReportCutoff,
    LocalDate midTermConferenceBy,
    LocalDate finalReportCutoff,
    String inspectionCycle,
    String levelOffset,
    List<TargetRequest> targets) {

  /** A resolution without targets (the arity before targets were registered). */
  public RegisterResolution(String symbol, String title, String issuingCommittee, LocalDate termFrom,
      LocalDate termTo, LocalDate studyDue, LocalDate programmeDue, LocalDate midTermReportCutoff,
      LocalDate midTermConferenceBy, LocalDate finalReportCutoff, String inspectionCycle, String levelOffset) {
    this(symbol, title, issuingCommittee, termFrom, termTo, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, inspectionCycle, levelOffset, null);
  }

  /** A resolution with the configured offset per level (the arity before deadlines cascaded). */
  public RegisterResolution(String symbol, String title, String issuingCommittee, LocalDate termFrom,
      LocalDate termTo, LocalDate studyDue, LocalDate programmeDue, LocalDate midTermReportCutoff,
      LocalDate midTermConferenceBy, LocalDate finalReportCutoff, String inspectionCycle) {
    this(symbol, title, issuingCommittee, termFrom, termTo, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, inspectionCycle, null, null);
  }

  /** A resolution with the configured inspection cycle (the arity before the cycle was added). */
  public RegisterResolution(String symbol, String title, String issuingCommittee, LocalDate termFrom,
      LocalDate termTo, LocalDate studyDue, LocalDate programmeDue, LocalDate midTermReportCutoff,
      LocalDate midTermConferenceBy, LocalDate finalReportCutoff) {
    this(symbol, title, issuingCommittee, termFrom, termTo, studyDue, programmeDue, midTermReportCutoff,
        midTermConferenceBy, finalReportCutoff, null, null, null);
  }
}
