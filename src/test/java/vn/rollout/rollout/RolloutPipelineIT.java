package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * The whole pipeline of one committee, as Cockpit shows it: after the programme, execution and
 * supervision run beside the mid-term and final reviews, whose timers wait for the resolution's dates.
 */
class RolloutPipelineIT extends RolloutTest {

  static final LocalDate MID_TERM_REPORT_CUTOFF = LocalDate.of(2028, 4, 20);
  static final LocalDate MID_TERM_CONFERENCE_BY = LocalDate.of(2028, 6, 10);

  @Test
  void shouldRunEveryPhaseUntilTheFinalReviewEndsTheRollout() {
    String city = city();
    ProcessInstance rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);
    assertThat(phase(city)).isEqualTo("EXECUTION");
    completeEveryItem(rollout);

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED,
            ResolutionRolloutProcess.SUB_PROCESS_EXECUTION)
        .isWaitingAt(ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS, ResolutionRolloutProcess.TIMER_MID_TERM_REPORT_CUTOFF);
    Job midTermCutoff = timer(rollout, ResolutionRolloutProcess.TIMER_MID_TERM_REPORT_CUTOFF);
    assertThat(midTermCutoff.getDuedate()).as("the default cut-off: 20 April of the term's middle year")
        .isEqualTo(vietnam(endOf(MID_TERM_REPORT_CUTOFF)));

    clockAt(endOf(MID_TERM_REPORT_CUTOFF));
    managementService.executeJob(midTermCutoff.getId());
    assertThat(phase(city)).isEqualTo("MID_TERM_REVIEW");
    Job conference = timer(rollout, ResolutionRolloutProcess.TIMER_MID_TERM_CONFERENCE_DUE);
    assertThat(conference.getDuedate()).isEqualTo(vietnam(endOf(MID_TERM_CONFERENCE_BY)));

    clockAt(endOf(MID_TERM_CONFERENCE_BY));
    managementService.executeJob(conference.getId());
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.SUB_PROCESS_MID_TERM_REVIEW)
        .isWaitingAt(ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS, ResolutionRolloutProcess.TIMER_FINAL_REPORT_CUTOFF);

    clockAt(endOf(FINAL_REPORT_CUTOFF).minusSeconds(1));
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId()).executable().count()).isZero();
    clockAt(endOf(FINAL_REPORT_CUTOFF));
    managementService.createJobQuery().processInstanceId(rollout.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.SUB_PROCESS_SUPERVISION,
            ResolutionRolloutProcess.SUB_PROCESS_FINAL_REVIEW, ResolutionRolloutProcess.END_ROLLOUT_COMPLETED)
        .isEnded();
    assertThat(phase(city)).isEqualTo("COMPLETED");
  }

  /** The lead unit of each item reports it done, with its output. */
  private void completeEveryItem(ProcessInstance rollout) {
    for (ProcessInstance item : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeItemExecutionProcess.KEY).superProcessInstanceId(rollout.getId()).list()) {
      formService.submitTaskForm(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
          ProgrammeItemExecutionProcess.FormFields.ACTION, ProgrammeItemExecutionProcess.FormFields.ACTION_DONE,
          ProgrammeItemExecutionProcess.FormFields.OUTPUT_ACHIEVED, "Cơ sở dữ liệu đảng viên đã hoàn thành"));
    }
  }

  private String phase(String committeeCode) {
    return jdbc.sql("SELECT phase FROM rollout WHERE committee_code = :c").param("c", committeeCode).query(String.class).single();
  }

  private static LocalDateTime endOf(LocalDate day) {
    return day.atTime(23, 59, 59);
  }
}
