package vn.rollout.rollout;

/** The phase a committee's rollout is in ({@code rollout.phase}); execution and supervision run together. */
public enum RolloutPhase {
  STUDY,
  PROGRAMME,
  EXECUTION,
  MID_TERM_REVIEW,
  FINAL_REVIEW,
  COMPLETED
}
