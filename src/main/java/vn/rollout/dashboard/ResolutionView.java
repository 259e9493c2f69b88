package vn.rollout.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Target;
import vn.rollout.resolution.Term;

/**
 * A resolution as {@code GET /api/resolutions/{id}} answers it: what was registered, and every
 * deadline of every level of its tree as ISO dates ({@link LevelDeadlines}), its targets, and how
 * many committees of its tree have started its rollout, by phase.
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
    List<Level> levels,
    List<TargetView> targets,
    RolloutCounts rollouts) {

  /**
   * A target as registered.
   *
   * @param position from 1, as officials number them
   * @param aggregation how a subtree's figures make one: {@code SUM} for counts and amounts, {@code AVERAGE} for rates ({@link Target#aggregation()})
   */
  public record TargetView(long id, int position, String name, String unit, BigDecimal baseline, int baselineYear,
      BigDecimal target, int targetYear, String field, String fieldLabel, boolean higherIsBetter, String aggregation) {

    static TargetView of(Target target) {
      return new TargetView(target.id(), target.position() + 1, target.name(), target.unit(), target.baseline(),
          target.baselineYear(), target.target(), target.targetYear(), target.field().name(), target.field().label(),
          target.higherIsBetter(), target.aggregation().name());
    }
  }

  /**
   * The resolution's rollouts.
   *
   * @param committees committees in the issuing committee's subtree today, itself included
   * @param started committees whose rollout has started
   * @param byPhase started rollouts per phase ({@code STUDY} … {@code COMPLETED}), every phase named
   */
  public record RolloutCounts(int committees, int started, Map<String, Integer> byPhase) {}

  /**
   * One level of the tree.
   *
   * @param label in Vietnamese: "Cấp ủy ban hành", "Cấp dưới trực tiếp", "Cấp dưới thứ 2"…
   * @param committees how many committees are at this level today
   * @param deadlines each deadline's day (a deadline means the end of that day in Vietnam; a report opens at the start of its day)
   */
  public record Level(int level, String label, int committees, Map<String, LocalDate> deadlines) {}
}
