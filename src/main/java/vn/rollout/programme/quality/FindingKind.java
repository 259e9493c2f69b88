package vn.rollout.programme.quality;

/** What the check can find wrong with a programme. */
public enum FindingKind {
  EMPTY,
  MISSING_LEAD,
  MISSING_DEADLINE,
  MISSING_OUTPUT,
  MISSING_RESOURCES,
  DEADLINE_OUTSIDE_TERM,
  START_AFTER_DEADLINE,
  SLOGAN,
  COPIED
}
