package vn.rollout.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/resolutions/{id}/status}: a committee and its subtree down to a depth,
 * in tree order (a committee, then its subordinates by name), with the figures the secretariat
 * watches, and the resolution's targets with the values reached by the committee and over its whole
 * subtree ({@link TargetFigures}). Codes are English, every {@code label} Vietnamese.
 */
record ResolutionStatus(
    ResolutionSummary resolution,
    String committee,
    int depth,
    LocalDate today,
    NextCutoff nextCutoff,
    Cascade cascade,
    List<Colour> colours,
    List<CommitteeStatus> committees,
    List<PhaseItems> itemsByPhase,
    List<TargetFigures.Figure> targets,
    List<Action> actions,
    List<TrendPoint> trend) {

  record ResolutionSummary(long id, String symbol, String title, String issuingCommittee) {}

  /** The next deadline still ahead; {@code days} 0 on its last day. */
  record NextCutoff(String kind, String label, LocalDate date, long days) {}

  /** Committees with a rollout out of all committees counted. */
  record Cascade(int started, int total, int percent) {}

  record Colour(String status, String colour, String label) {}


  /** A review report: {@code state} ON_TIME, LATE, MISSING (cut-off passed, nothing sent) or NOT_DUE. */
  record Report(String state, String label, String colour, LocalDateTime submittedAt) {}

  record CommitteeStatus(
      String code,
      String name,
      String symbol,
      String parentCode,
      int level,
      String phase,
      String phaseLabel,
      String processInstanceId,
      String programmeSymbol,
      /** Item counts by status, in the order of {@link #colours()}: grey, blue, green, orange, red. */
      Map<String, Integer> items,
      int itemTotal,
      Integer onTimePercent,
      Report midTermReport,
      Report finalReport,
      NextCutoff nextCutoff,
      Cascade cascade,
      int subordinates) {

    int count(String status) {
      return items.getOrDefault(status, 0);
    }
  }

  /**
   * What needs action in the window, worst first (most days late, then the larger count): a committee's
   * overdue items, its study, programme or review report late, an inspection planned and not concluded.
   * {@code since} is the day that passed (the oldest overdue item's deadline, the cut-off, the day the
   * inspection was planned), {@code days} the days since then.
   */
  record Action(String kind, String label, String committee, String committeeName, String processInstanceId,
      int count, LocalDate since, long days) {}

  /**
   * A week of the trend for the committee and its whole subtree: the items by colour and the on-time
   * share as they stood at the end of the week; {@code current} for this week, as it stands today.
   */
  record TrendPoint(LocalDate week, boolean current, Map<String, Integer> items, Integer onTimePercent) {}

  /** Items by colour over the committees that are in one phase. */
  record PhaseItems(String phase, String label, int committees, Map<String, Integer> items) {}

  int levels() {
    return committees.stream().mapToInt(CommitteeStatus::level).max().orElse(0) + 1;
  }
}
