package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * A party cell as it is since 2025: a secretary (bí thư) and one member, no office and no standing
 * committee. The secretary studies, drafts, approves, reports and holds the conferences (the shipped
 * catalogue's fallback); the member leads the programme's item; no task goes to an organ the cell does
 * not have.
 */
class CellPipelineIT extends RolloutTest {

  static final LocalDate MID_TERM_REPORT_CUTOFF = LocalDate.of(2028, 4, 20);

  @Test
  void shouldRunTheWholePipelineWithOnlyASecretaryAndOneMember() {
    String ward = organisation.committeeOfKinds("phuong", "Đảng ủy phường Hải Châu", "ĐU", null,
        "thuong-vu", "van-phong", "xay-dung-dang", "kiem-tra");
    String cell = organisation.committeeOfKinds("chibo", "Chi bộ Tổ dân phố 7 phường Hải Châu", "CB", ward, "bi-thu", "dang-vien");
    String secretary = cell + ".bi-thu";
    String member = cell + ".dang-vien";
    Set<String> offeredTo = new TreeSet<>();

    // the ward's programme approved starts the cell's rollout
    ProcessInstance wardRollout = rollout(registration.register(resolutionOf(ward, "ĐU"), null).businessKey());
    assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).hasCandidateGroup(ward + ".xay-dung-dang");
    approveProgramme(wardRollout, ward);
    runAsyncJobs(wardRollout);
    ProcessInstance rollout = rollout(resolutionId(wardRollout) + "/" + cell);
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(study).hasCandidateGroup(secretary);
    offeredTo.addAll(groups(study));
    completeStudy(rollout);
    Task draft = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(draft).hasCandidateGroup(secretary);
    offeredTo.addAll(groups(draft));
    submitDraft(rollout, item("Rà soát, bổ sung lý lịch của 12 đảng viên chi bộ Tổ dân phố 7 trước khi phường số hóa", member,
        "2026-09-30", "12 bộ hồ sơ đảng viên được rà soát, bổ sung đầy đủ"));
    Task approval = task(rollout, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    assertThat(approval).as("no standing committee: the secretary approves").hasCandidateGroup(secretary);
    offeredTo.addAll(groups(approval));
    decide(rollout, ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(rollout);
    assertThat(phase(cell)).isEqualTo("EXECUTION");

    ProcessInstance item = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeItemExecutionProcess.KEY).superProcessInstanceId(rollout.getId()).singleResult();
    Task execute = task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(execute).as("the member leads the item").hasCandidateGroup(member);
    offeredTo.addAll(groups(execute));
    completeEveryItem(rollout);
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_EXECUTION_FINISHED)
        .isWaitingAt(ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS, CommitteeReviewProcess.CALL_ACTIVITY_MID_TERM_REVIEW);

    ProcessInstance midTerm = review(rollout);
    clockAt(LocalDateTime.of(2028, 2, 1, 7, 0));
    managementService.executeJob(timer(midTerm, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    Task report = task(midTerm, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT);
    assertThat(report).hasCandidateGroup(secretary);
    offeredTo.addAll(groups(report));
    submitReport(midTerm);
    Task conference = task(midTerm, CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE);
    assertThat(conference).hasCandidateGroup(secretary);
    offeredTo.addAll(groups(conference));
    clockAt(LocalDateTime.of(2028, 3, 21, 9, 0));
    holdConference(midTerm, "2028-03-20");
    clockAt(endOf(MID_TERM_REPORT_CUTOFF));
    managementService.executeJob(timer(midTerm, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    assertThat(midTerm).isEnded();

    ProcessInstance finalReview = review(rollout);
    clockAt(LocalDateTime.of(2030, 2, 1, 7, 0));
    managementService.executeJob(timer(finalReview, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    submitReport(finalReview);
    clockAt(endOf(FINAL_REPORT_CUTOFF));
    managementService.executeJob(timer(finalReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS).getId());
    clockAt(endOf(FINAL_REPORT_CUTOFF).plusDays(10));
    offeredTo.addAll(groups(task(finalReview, CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE)));
    holdConference(finalReview, "2030-09-08");

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_ROLLOUT_COMPLETED).isEnded();
    assertThat(phase(cell)).isEqualTo("COMPLETED");
    assertThat(offeredTo).containsExactly(secretary, member);
    Set<String> everyGroup = new TreeSet<>();
    for (ProcessInstance instance : new ProcessInstance[] {rollout, item, midTerm, finalReview}) {
      historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list().forEach(task ->
          historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list().stream()
              .filter(link -> link.getGroupId() != null).forEach(link -> everyGroup.add(link.getGroupId())));
    }
    assertThat(everyGroup).as("every task of the cell's pipeline").containsExactly(secretary, member);
  }

  private Set<String> groups(Task task) {
    Set<String> groups = new TreeSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private static LocalDateTime endOf(LocalDate day) {
    return day.atTime(23, 59, 59);
  }

}
