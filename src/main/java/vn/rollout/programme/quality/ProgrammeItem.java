package vn.rollout.programme.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of an action programme as the quality check sees it. Any field may be absent: a missing
 * lead, deadline or output is a finding of the check, not an error.
 *
 * @param lead the lead unit (chủ trì): a name or a task-group code
 * @param budgetVnd budget in VND; {@code 0} means no budget needed, {@code null} not stated
 */
public record ProgrammeItem(
    String content,
    String lead,
    List<String> coordinators,
    Long budgetVnd,
    String manpower,
    LocalDate start,
    LocalDate deadline,
    String output,
    String target) {

  public ProgrammeItem {
    coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
  }
}
