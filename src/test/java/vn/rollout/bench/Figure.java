package vn.rollout.bench;

/**
 * One measured figure, with the baseline measured in the same run where the benchmark has one.
 *
 * @param higherIsBetter whether the target is a floor (rates) or a ceiling (latencies, durations)
 */
record Figure(
    String name,
    double value,
    String unit,
    String baseline,
    Double baselineValue,
    Double target,
    String targetKind,
    boolean higherIsBetter) {

  Double ratio() {
    return baselineValue == null || baselineValue == 0 ? null : value / baselineValue;
  }

  /** Whether the figure meets its target: an absolute one, or a ratio to its baseline. */
  Boolean met() {
    if (target == null) {
      return null;
    }
    double measured = "ratio".equals(targetKind) ? ratio() : value;
    return higherIsBetter ? measured >= target : measured <= target;
  }

  static Figure absolute(String name, double value, String unit, double target, boolean higherIsBetter) {
    return new Figure(name, value, unit, null, null, target, "absolute", higherIsBetter);
  }

  static Figure againstBaseline(String name, double value, String unit, String baseline, double baselineValue,
      Double ratioTarget, boolean higherIsBetter) {
    return new Figure(name, value, unit, baseline, baselineValue, ratioTarget, ratioTarget == null ? null : "ratio",
        higherIsBetter);
  }

  static Figure informative(String name, double value, String unit) {
    return new Figure(name, value, unit, null, null, null, null, true);
  }
}
