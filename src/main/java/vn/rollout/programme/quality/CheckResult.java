package vn.rollout.programme.quality;

import java.util.List;

/**
 * The check's answer.
 *
 * @param copyScore the share of the programme's items that copy a parent item
 */
public record CheckResult(Verdict verdict, double copyScore, List<Finding> findings) {

  public enum Verdict {
    ACCEPTED,
    RETURNED
  }

  public boolean accepted() {
    return verdict == Verdict.ACCEPTED;
  }
}
