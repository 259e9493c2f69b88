package vn.rollout.dashboard;

/** Where a committee's mid-term or final review report stands against the resolution's cut-off. */
enum ReportState {
  ON_TIME("Đúng hạn", "green"),
  LATE("Chậm", "orange"),
  MISSING("Chưa gửi, quá hạn", "red"),
  NOT_DUE("Chưa đến hạn", "grey");

  private final String label;
  private final String colour;

  ReportState(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  String label() {
    return label;
  }

  String colour() {
    return colour;
  }
}
