package vn.rollout.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A resolution as {@code GET /api/resolutions/{id}} answers it: what was registered, and every
 * deadline of every level of its tree as ISO dates ({@link LevelDeadlines}). Made to grow: the
 * targets of issue 23 and a paged list of resolutions add fields and an endpoint, not a new shape.
 *
 * @param deadlineLabels the Vietnamese label of each deadline's name, in the order of the term
 * @param levels level 0 (the issuing committee) to the deepest level below it today, at least level 1
 */
public record ResolutionView(
    long id,
    String symbol,
    String title,
    String issuingCommittee,
    String issuingCommitteeName,
    Term term,
    String inspectionCycle,
    String levelOffset,
    Map<String, String> deadlineLabels,
    List<Level> levels) {

  /**
   * One level of the tree.
   *
   * @param label in Vietnamese: "Cấp ủy ban hành", "Cấp dưới trực tiếp", "Cấp dưới thứ 2"…
   * @param committees how many committees are at this level today
   * @param deadlines each deadline's day (a deadline means the end of that day in Vietnam; a report opens at the start of its day)
   */
  public record Level(int level, String label, int committees, Map<String, LocalDate> deadlines) {}
}
