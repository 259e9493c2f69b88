package vn.rollout.dashboard;

/** What the secretariat has to act on, as the dashboard's action list names it. */
enum ActionKind {
  OVERDUE_ITEMS("Nhiệm vụ quá hạn"),
  LATE_STUDY("Chậm học tập, quán triệt"),
  LATE_PROGRAMME("Chậm ban hành chương trình hành động"),
  MISSING_MID_TERM_REPORT("Chưa gửi báo cáo sơ kết, đã quá hạn"),
  MISSING_FINAL_REPORT("Chưa gửi báo cáo tổng kết, đã quá hạn"),
  INSPECTION_OPEN("Cuộc kiểm tra chưa có kết luận");

  private final String label;

  ActionKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
