package vn.rollout.resolution;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The targets of registered resolutions ({@code resolution_target}). */
@Repository
public class Targets {

  private final JdbcClient jdbc;

  Targets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long resolutionId, List<Target> targets) {
    for (Target target : targets) {
      jdbc.sql("""
              INSERT INTO resolution_target (resolution_id, seq, name, unit, baseline, baseline_year, target_value,
                                             target_year, field, higher_is_better)
              VALUES (:resolution, :seq, :name, :unit, :baseline, :baselineYear, :target, :targetYear, :field,
                      :higherIsBetter)""")
          .param("resolution", resolutionId)
          .param("seq", target.position())
          .param("name", target.name())
          .param("unit", target.unit())
          .param("baseline", target.baseline())
          .param("baselineYear", target.baselineYear())
          .param("target", target.target())
          .param("targetYear", target.targetYear())
          .param("field", target.field().name())
          .param("higherIsBetter", target.higherIsBetter())
          .update();
    }
  }

  /** The resolution's targets in the order registered. */
  public List<Target> of(long resolutionId) {
    return jdbc.sql("""
            SELECT id, resolution_id, seq, name, unit, baseline, baseline_year, target_value, target_year, field,
                   higher_is_better
              FROM resolution_target WHERE resolution_id = :resolution ORDER BY seq""")
        .param("resolution", resolutionId)
        .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("resolution_id"), rs.getInt("seq"), rs.getString("name"),
            rs.getString("unit"), plain(rs.getBigDecimal("baseline")), rs.getInt("baseline_year"),
            plain(rs.getBigDecimal("target_value")), rs.getInt("target_year"), TargetField.valueOf(rs.getString("field")),
            rs.getBoolean("higher_is_better")))
        .list();
  }

  /** 30.000000 as 30, 0.500000 as 0.5. */
  public static java.math.BigDecimal plain(java.math.BigDecimal value) {
    if (value == null) {
      return null;
    }
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
