package vn.rollout.dashboard;

/** The phase a committee's rollout is in ({@code rollout.phase}), as the dashboard names it. */
enum Phase {
  NOT_STARTED("Chưa bắt đầu triển khai"),
  STUDY("Học tập, quán triệt"),
  PROGRAMME("Xây dựng chương trình hành động"),
  EXECUTION("Tổ chức thực hiện"),
  MID_TERM_REVIEW("Sơ kết giữa nhiệm kỳ"),
  FINAL_REVIEW("Tổng kết nhiệm kỳ"),
  COMPLETED("Đã hoàn thành");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** A committee without a rollout has not started; a value this version does not know reads as execution. */
  static Phase of(String stored, boolean started) {
    if (!started) {
      return NOT_STARTED;
    }
    for (Phase phase : values()) {
      if (phase.name().equals(stored)) {
        return phase;
      }
    }
    return EXECUTION;
  }
}
