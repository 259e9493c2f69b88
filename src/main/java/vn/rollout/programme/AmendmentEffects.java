package vn.rollout.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What an approved amendment changed in a committee's programme, for the items' executions: the
 * cancelled items end, a changed deadline or lead restarts its item's work, a new item starts its own.
 *
 * @param reason why the programme was amended, as the office gave it
 */
public record AmendmentEffects(long programmeId, long resolutionId, String committeeCode, String symbol, String reason,
    List<Long> cancelled, List<ChangedItem> changed, List<Long> added) {

  /** An item whose deadline in force ({@code due}) or lead changed. */
  public record ChangedItem(long itemId, LocalDate due, String lead) {}
}
