package vn.rollout.execution;

import java.time.LocalDate;

/**
 * An item of an approved programme as it is carried out.
 *
 * @param dueDate the deadline in force: the programme's deadline, moved by approved extensions
 */
public record ExecutionItem(
    long id,
    long programmeId,
    int seq,
    String content,
    String leadGroup,
    LocalDate deadline,
    LocalDate dueDate,
    String output,
    String target,
    ItemStatus status,
    int progressPercent,
    String outputAchieved,
    String targetReached,
    String evidence) {

  /**
   * The item's colour on a day: an item not done whose deadline in force has passed is overdue, even
   * before the overdue timer has stored it (as the status endpoint counts it).
   */
  public ItemStatus statusOn(LocalDate today) {
    LocalDate due = dueDate == null ? deadline : dueDate;
    return !status.done() && due != null && due.isBefore(today) ? ItemStatus.OVERDUE : status;
  }
}
