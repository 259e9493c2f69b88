package vn.rollout.programme;

import java.time.LocalDate;
import java.util.List;

/** One stored item of a programme; lead and coordinators are task groups. */
public record ProgrammeEntry(
    String content,
    String lead,
    List<String> coordinators,
    Long budgetVnd,
    String manpower,
    LocalDate start,
    LocalDate deadline,
    String output,
    String target) {

  public ProgrammeEntry {
    coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
  }
}
