package vn.rollout.resolution;

import java.math.BigDecimal;

/**
 * A registered target (chỉ tiêu) of a resolution: where the figure stood ({@code baseline} in
 * {@code baselineYear}) and where the resolution wants it ({@code target} by {@code targetYear}).
 *
 * @param position from 0, in the order registered
 */
public record Target(
    long id,
    long resolutionId,
    int position,
    String name,
    String unit,
    BigDecimal baseline,
    int baselineYear,
    BigDecimal target,
    int targetYear,
    TargetField field,
    boolean higherIsBetter) {

  /** How the values of several committees make one figure for their whole subtree. */
  public enum Aggregation {
    /** Counts and amounts (hộ, km, tỷ đồng, hồ sơ): the subtree's figure is the sum of its committees'. */
    SUM,
    /** Rates and ratios ({@code %}, anything "per" something such as {@code USD/người}): the mean of its committees'. */
    AVERAGE
  }

  /** A rate ({@code %}, {@code ‰}, a unit per something) is averaged, anything else summed. */
  public Aggregation aggregation() {
    return aggregationOf(unit);
  }

  public static Aggregation aggregationOf(String unit) {
    String text = unit == null ? "" : unit.strip();
    return text.contains("%") || text.contains("‰") || text.contains("/") ? Aggregation.AVERAGE : Aggregation.SUM;
  }
}
