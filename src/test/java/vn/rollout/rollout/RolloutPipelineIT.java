package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.rollout.organisation.Organ;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * The whole pipeline of one committee, as Cockpit shows it: after the programme, execution and
 * supervision run beside the mid-term and final reviews, whose timers wait for the dates of the
 * committee's level. The city issued the resolution: its subordinates report by the resolution's
 * dates (20 April 2028 by default), the city ten days later, moved to a working day.
 */
class RolloutPipelineIT extends RolloutTest {

  /** 20 April + 10 days is Sunday 30 April, a holiday, then 1 May, then the day in lieu of 30 April. */
  static final LocalDate MID_TERM_REPORT_CUTOFF = LocalDate.of(2028, 5, 3);
  static final LocalDate SUBORDINATES_MID_TERM_CUTOFF = LocalDate.of(2028, 4, 20);
  static final LocalDate MID_TERM_CONFERENCE_BY = LocalDate.of(2028, 6, 20);
  static final LocalDate CITY_FINAL_REPORT_CUTOFF = FINAL_REPORT_CUTOFF.plusDays(10);

  @Test
  void shouldRunEveryPhaseUntilTheFinalConferenceEndsTheRollout() {
    String city = city();
    ProcessInstance rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);
    assertThat(phase(city)).isEqualTo("EXECUTION");
    completeEveryItem(rollout);

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_NO_SUBORDINATES_TO_STUDY,
            ResolutionRolloutProcess.END_NO_SUBORDINATES_TO_RECEIVE_PROGRAMME, ResolutionRolloutProcess.END_EXECUTION_FINISHED)
        .isWaitingAt(ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS, CommitteeReviewProcess.CALL_ACTIVITY_MID_TERM_REVIEW);

    ProcessInstance midTerm = review(rollout);
    Job opens = timer(midTerm, CommitteeReviewProcess.TIMER_REPORT_OPENS);
    assertThat(opens.getDuedate()).as("1 February of the cut-off's year, at the office's opening").isEqualTo(vietnam(
        LocalDateTime.of(2028, 2, 1, 7, 0)));
    assertThat(timer(midTerm, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getDuedate())
        .as("the subordinates' default cut-off: 20 April of the term's middle year")
        .isEqualTo(vietnam(endOf(SUBORDINATES_MID_TERM_CUTOFF)));
    clockAt(LocalDateTime.of(2028, 2, 1, 7, 0));
    managementService.executeJob(opens.getId());
    assertThat(phase(city)).isEqualTo("MID_TERM_REVIEW");
    Task report = task(midTerm, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT);
    assertThat(report).hasName("Báo cáo sơ kết giữa nhiệm kỳ").hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(report.getDueDate()).isEqualTo(vietnam(endOf(MID_TERM_REPORT_CUTOFF)));
    submitReport(midTerm);
    Task conference = task(midTerm, CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(conference).hasName("Tổ chức hội nghị sơ kết").hasCandidateGroup(group(city, Organ.STANDING_COMMITTEE));
    assertThat(conference.getDueDate()).isEqualTo(vietnam(endOf(MID_TERM_CONFERENCE_BY)));
    clockAt(LocalDateTime.of(2028, 3, 21, 9, 0));
    holdConference(midTerm, "2028-03-20");
    clockAt(endOf(SUBORDINATES_MID_TERM_CUTOFF));
    managementService.executeJob(timer(midTerm, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    assertThat(midTerm).hasPassed(CommitteeReviewProcess.END_ALL_REPORTED, CommitteeReviewProcess.END_REVIEW_HELD).isEnded();

    ProcessInstance finalReview = review(rollout);
    clockAt(LocalDateTime.of(2030, 2, 1, 7, 0));
    managementService.executeJob(timer(finalReview, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    assertThat(phase(city)).isEqualTo("FINAL_REVIEW");
    assertThat(task(finalReview, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT)).hasName("Báo cáo tổng kết nhiệm kỳ");
    submitReport(finalReview);
    clockAt(endOf(FINAL_REPORT_CUTOFF));
    managementService.executeJob(timer(finalReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    assertThat(timer(rollout, ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS).getDuedate())
        .as("supervision ends at the city's own final cut-off").isEqualTo(vietnam(endOf(CITY_FINAL_REPORT_CUTOFF)));
    clockAt(endOf(CITY_FINAL_REPORT_CUTOFF));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS).getId());
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.SUB_PROCESS_SUPERVISION)
        .isWaitingAt(CommitteeReviewProcess.CALL_ACTIVITY_FINAL_REVIEW);
    clockAt(endOf(CITY_FINAL_REPORT_CUTOFF).plusDays(10));
    assertThat(task(finalReview, CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE)).hasName("Tổ chức hội nghị tổng kết");
    holdConference(finalReview, "2030-09-18");

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.SUB_PROCESS_FINAL_REVIEW, ResolutionRolloutProcess.END_ROLLOUT_COMPLETED)
        .isEnded();
    assertThat(phase(city)).isEqualTo("COMPLETED");
  }

  private static LocalDateTime endOf(LocalDate day) {
    return day.atTime(23, 59, 59);
  }

}
