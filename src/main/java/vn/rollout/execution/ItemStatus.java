package vn.rollout.execution;

/**
 * Where a programme item stands, with the colour officials already know (DOMAIN.md, Status colours).
 * Stored in {@code programme_item.status}.
 */
public enum ItemStatus {
  NOT_STARTED("grey", "Chưa triển khai"),
  IN_PROGRESS("blue", "Đang thực hiện, đúng hạn"),
  DONE_ON_TIME("green", "Hoàn thành đúng hạn"),
  DONE_LATE("orange", "Hoàn thành chậm"),
  OVERDUE("red", "Quá hạn");

  private final String colour;
  private final String label;

  ItemStatus(String colour, String label) {
    this.colour = colour;
    this.label = label;
  }

  public String colour() {
    return colour;
  }

  /** The Vietnamese label, as the dashboard and the reports show it. */
  public String label() {
    return label;
  }

  public boolean done() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }
}
