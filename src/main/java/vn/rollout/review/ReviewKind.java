package vn.rollout.review;

/** The two reviews of a term, as stored in {@code review_report.kind}. */
public enum ReviewKind {
  MID_TERM("sơ kết giữa nhiệm kỳ", "Báo cáo sơ kết giữa nhiệm kỳ", "Phê duyệt báo cáo sơ kết giữa nhiệm kỳ",
      "Tổ chức hội nghị sơ kết", "trong nửa cuối nhiệm kỳ"),
  FINAL("tổng kết nhiệm kỳ", "Báo cáo tổng kết nhiệm kỳ", "Phê duyệt báo cáo tổng kết nhiệm kỳ", "Tổ chức hội nghị tổng kết",
      "trong nhiệm kỳ tới");

  private final String label;
  private final String reportTask;
  private final String approvalTask;
  private final String conferenceTask;
  private final String ahead;

  ReviewKind(String label, String reportTask, String approvalTask, String conferenceTask, String ahead) {
    this.label = label;
    this.reportTask = reportTask;
    this.approvalTask = approvalTask;
    this.conferenceTask = conferenceTask;
    this.ahead = ahead;
  }

  public String label() {
    return label;
  }

  public String reportTask() {
    return reportTask;
  }

  /** The standing committee's task: approve the office's draft or return it. */
  public String approvalTask() {
    return approvalTask;
  }

  public String conferenceTask() {
    return conferenceTask;
  }

  /** The period the report's solutions are for: "trong nửa cuối nhiệm kỳ". */
  public String ahead() {
    return ahead;
  }
}
