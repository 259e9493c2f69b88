package vn.rollout.rollout;

/**
 * The phase a committee's rollout is in ({@code rollout.phase}), with the name the dashboard shows;
 * execution and supervision run together. {@link Rollouts#enterPhase} is the only writer.
 */
public enum RolloutPhase {
  /** The committee has no rollout of the resolution yet: never stored, read by {@link #of}. */
  NOT_STARTED("Chưa triển khai"),
  STUDY("Học tập, quán triệt"),
  PROGRAMME("Xây dựng chương trình hành động"),
  EXECUTION("Tổ chức thực hiện"),
  MID_TERM_REVIEW("Sơ kết giữa nhiệm kỳ"),
  FINAL_REVIEW("Tổng kết nhiệm kỳ"),
  COMPLETED("Đã hoàn thành");

  private final String label;

  RolloutPhase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A committee without a rollout has not started; a value this version does not know reads as execution. */
  public static RolloutPhase of(String stored, boolean started) {
    if (!started) {
      return NOT_STARTED;
    }
    for (RolloutPhase phase : values()) {
      if (phase != NOT_STARTED && phase.name().equals(stored)) {
        return phase;
      }
    }
    return EXECUTION;
  }
}
