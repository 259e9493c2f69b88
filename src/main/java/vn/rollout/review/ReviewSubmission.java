package vn.rollout.review;

import java.util.List;

/** What the office submits as its review report. */
public record ReviewSubmission(
    String resultsEconomy,
    String resultsCultureSociety,
    String resultsPartyBuilding,
    String overallAssessment,
    List<Limitation> limitations,
    String causes,
    String lessons,
    String solutions,
    String recommendations,
    /** the number from the office's paper register, or null: the register's next */
    Integer typedNumber) {

  /** A limitation and the body responsible for it. */
  public record Limitation(String limitation, String responsible) {}

  public ReviewSubmission {
    limitations = limitations == null ? List.of() : List.copyOf(limitations);
  }
}
