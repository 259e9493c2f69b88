package vn.rollout.document;

/**
 * The documents the product writes and numbers, each with its type in the symbol ({@code 01-CTr/TU}):
 * reports of a committee share its register of reports (BC), an inspection conclusion is a notice (TB)
 * of the inspection committee where there is one.
 */
public enum DocumentKind {
  PROGRAMME("CTr", "Chương trình hành động"),
  MID_TERM_REPORT("BC", "Báo cáo sơ kết giữa nhiệm kỳ"),
  FINAL_REPORT("BC", "Báo cáo tổng kết nhiệm kỳ"),
  STUDY_REPORT("BC", "Báo cáo kết quả học tập, quán triệt"),
  INSPECTION_CONCLUSION("TB", "Thông báo kết luận kiểm tra");

  private final String type;
  private final String label;

  DocumentKind(String type, String label) {
    this.type = type;
    this.label = label;
  }

  /** The type in the symbol: CTr, BC, TB. */
  public String type() {
    return type;
  }

  public String label() {
    return label;
  }
}
