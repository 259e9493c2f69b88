package vn.rollout.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.rollout.programme.Programmes;
import vn.rollout.resolution.Target;
import vn.rollout.resolution.Targets;

/**
 * The resolution's targets with the values reached, for a committee and over its whole subtree: what
 * the status board, its XLSX and the review report show.
 *
 * <p>An item's value reached is the latest one its lead unit reported (progress or completion). A
 * committee's value is the sum of its items' values for a counted unit (hộ, km, hồ sơ, tỷ đồng) and their
 * mean for a rate ({@code %}, {@code ‰}, anything per something: {@link Target#aggregation()}). The
 * subtree's value is, in the same way, the sum of its committees' values, or the mean over the committees
 * that reported one. The share achieved is how far the value has gone from the baseline to the target,
 * {@code (reached − baseline) / (target − baseline)} in percent (lower-is-better targets included); for a
 * target equal to its baseline, 100 when the value holds it, else 0.
 */
@Repository
class TargetFigures {

  /** Deep enough for any tree: the subtree is read whole, whatever the status window's depth. */
  static final int WHOLE_SUBTREE = 64;

  private final JdbcClient jdbc;
  private final Targets targets;

  TargetFigures(JdbcClient jdbc, Targets targets) {
    this.jdbc = jdbc;
    this.targets = targets;
  }

  /**
   * One target's figures.
   *
   * @param reached the committee's own items' value; {@code null} when none reported
   * @param achievedPercent the committee's share achieved; {@code null} without a value
   * @param subtreeReached the value over the committee and every committee below it
   * @param committeesReporting committees of the subtree with a value
   */
  record Figure(long id, int position, String name, String unit, String field, String fieldLabel,
      boolean higherIsBetter, String aggregation, BigDecimal baseline, int baselineYear, BigDecimal target,
      int targetYear, BigDecimal reached, Integer achievedPercent, BigDecimal subtreeReached,
      Integer subtreeAchievedPercent, int committeesReporting) {}

  List<Figure> of(long resolutionId, String root) {
    List<Target> all = targets.of(resolutionId);
    if (all.isEmpty()) {
      return List.of();
    }
    // committee -> target -> its items' latest values
    Map<String, Map<Long, List<BigDecimal>>> values = new HashMap<>();
    jdbc.sql("""
            WITH RECURSIVE tree (code, lvl) AS (
                SELECT code, CAST(0 AS INTEGER) FROM committee WHERE code = :root
              UNION ALL
                SELECT c.code, t.lvl + 1 FROM committee c JOIN tree t ON c.parent_code = t.code WHERE t.lvl < :depth
            )
            SELECT p.committee_code, v.target_id, v.reached
              FROM tree t
              JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = t.code AND\s""" + Programmes.approvedSql("p") + """
              JOIN programme_item i ON i.programme_id = p.id
              JOIN item_target_value v ON v.item_id = i.id
             WHERE v.id = (SELECT MAX(w.id) FROM item_target_value w WHERE w.item_id = v.item_id AND w.target_id = v.target_id)""")
        .param("root", root)
        .param("depth", WHOLE_SUBTREE)
        .param("resolution", resolutionId)
        .query(rs -> {
          values.computeIfAbsent(rs.getString(1), code -> new HashMap<>())
              .computeIfAbsent(rs.getLong(2), id -> new ArrayList<>()).add(rs.getBigDecimal(3));
        });
    List<Figure> figures = new ArrayList<>();
    for (Target target : all) {
      List<BigDecimal> perCommittee = new ArrayList<>();
      BigDecimal own = null;
      for (Map.Entry<String, Map<Long, List<BigDecimal>>> committee : values.entrySet()) {
        List<BigDecimal> items = committee.getValue().get(target.id());
        if (items == null) {
          continue;
        }
        BigDecimal value = combine(items, target.aggregation());
        perCommittee.add(value);
        if (committee.getKey().equals(root)) {
          own = value;
        }
      }
      BigDecimal subtree = perCommittee.isEmpty() ? null : combine(perCommittee, target.aggregation());
      figures.add(new Figure(target.id(), target.position() + 1, target.name(), target.unit(), target.field().name(),
          target.field().label(), target.higherIsBetter(), target.aggregation().name(), target.baseline(),
          target.baselineYear(), target.target(), target.targetYear(), own, achieved(target, own), subtree,
          achieved(target, subtree), perCommittee.size()));
    }
    return figures;
  }

  static BigDecimal combine(List<BigDecimal> values, Target.Aggregation aggregation) {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal value = aggregation == Target.Aggregation.SUM ? sum
        : sum.divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
    return Targets.plain(value);
  }

  static Integer achieved(Target target, BigDecimal reached) {
    if (reached == null) {
      return null;
    }
    BigDecimal span = target.target().subtract(target.baseline());
    if (span.signum() == 0) {
      int holds = reached.compareTo(target.target());
      return (target.higherIsBetter() ? holds >= 0 : holds <= 0) ? 100 : 0;
    }
    return reached.subtract(target.baseline()).multiply(BigDecimal.valueOf(100))
        .divide(span, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP).intValue();
  }
}
