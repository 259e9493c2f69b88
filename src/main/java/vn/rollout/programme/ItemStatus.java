package vn.rollout.programme;

import java.time.LocalDate;

/**
 * Where a programme item stands, with the colour officials already know (docs/domain.md, "Status colours").
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

  /**
   * The one definition of an item's colour as of {@code today}, for everyone who shows or counts it (the
   * status board, the evaluation, the inspection's focus, the review report): a done item keeps its
   * status; an item not done whose deadline in force ({@code dueInForce}: its due date, else the
   * programme's deadline) has passed is overdue, even when the stored status has not caught up with its
   * timer yet; otherwise the stored status. {@link #sqlAsOf} is the same rule for SQL.
   */
  public static ItemStatus asOf(ItemStatus stored, LocalDate dueInForce, LocalDate today) {
    if (stored.done()) {
      return stored;
    }
    if (stored == OVERDUE || (dueInForce != null && today.isAfter(dueInForce))) {
      return OVERDUE;
    }
    return stored;
  }

  /** {@link #asOf} of an item as of {@code today}: its due date, else its programme's deadline. */
  static ItemStatus asOf(ExecutionItem item, LocalDate today) {
    return asOf(item.status(), item.dueDate() != null ? item.dueDate() : item.deadline(), today);
  }

  /**
   * {@link #asOf} as a SQL expression over a {@code programme_item} row of alias {@code item} and the
   * day of the named parameter {@code todayParameter}, for queries that count across many committees.
   */
  public static String sqlAsOf(String item, String todayParameter) {
    // spaces around it, so that it joins whatever SQL it is put into
    return """
         CASE WHEN %1$s.status IN ('DONE_ON_TIME', 'DONE_LATE') THEN %1$s.status
             WHEN COALESCE(%1$s.due_date, %1$s.deadline) < :%2$s THEN 'OVERDUE'
             ELSE %1$s.status END\s""".formatted(item, todayParameter);
  }
}
