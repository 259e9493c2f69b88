package vn.rollout.dashboard;

/** The two review reports of a term, as {@code review_report.kind} stores them. */
enum ReviewKind {
  MID_TERM("sơ kết giữa nhiệm kỳ", "trong nửa cuối nhiệm kỳ"),
  FINAL("tổng kết nhiệm kỳ", "trong nhiệm kỳ tới");

  private final String name;
  private final String ahead;

  ReviewKind(String name, String ahead) {
    this.name = name;
    this.ahead = ahead;
  }

  /** "sơ kết giữa nhiệm kỳ", to follow "Báo cáo". */
  String title() {
    return name;
  }

  /** The period the solutions are for. */
  String ahead() {
    return ahead;
  }
}
