package vn.rollout.review;

/** The two reviews of a term, as stored in {@code review_report.kind}. */
public enum ReviewKind {
  MID_TERM("sơ kết giữa nhiệm kỳ", "Báo cáo sơ kết giữa nhiệm kỳ", "Tổ chức hội nghị sơ kết"),
  FINAL("tổng kết nhiệm kỳ", "Báo cáo tổng kết nhiệm kỳ", "Tổ chức hội nghị tổng kết");

  private final String label;
  private final String reportTask;
  private final String conferenceTask;

  ReviewKind(String label, String reportTask, String conferenceTask) {
    this.label = label;
    this.reportTask = reportTask;
    this.conferenceTask = conferenceTask;
  }

  public String label() {
    return label;
  }

  public String reportTask() {
    return reportTask;
  }

  public String conferenceTask() {
    return conferenceTask;
  }
}
