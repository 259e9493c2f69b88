package vn.rollout.rollout;

/** The phase a committee's rollout is in ({@code rollout.phase}); execution and supervision run together. */
public enum RolloutPhase {
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

  /** In Vietnamese, as the dashboard shows it. */
  public String label() {
    return label;
  }

  /** The label of a stored phase; {@code null} for none, the stored text for one this version does not know. */
  public static String labelOf(String stored) {
    if (stored == null) {
      return null;
    }
    for (RolloutPhase phase : values()) {
      if (phase.name().equals(stored)) {
        return phase.label;
      }
    }
    return stored;
  }
}
