package vn.rollout.programme;

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

  /** The item's colour on a day, by the one rule of {@link ItemStatus#asOf}. */
  public ItemStatus statusOn(LocalDate today) {
    return ItemStatus.asOf(this, today);
  }
}
