package vn.rollout.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/** The standing committee's quarterly briefing: once a quarter while supervision runs, with the quarter's figures. */
class QuarterlyBriefingIT extends RolloutTest {

  @Test
  void shouldBriefTheStandingCommitteeEachQuarterWithItsFiguresAndStopWhenSupervisionEnds() {
    String city = city();
    ProcessInstance rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);

    assertThat(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getDuedate())
        .as("the first day of the next quarter, at the office's opening").isEqualTo(vietnam(LocalDateTime.of(2026, 1, 1, 7, 0)));
    clockAt(LocalDateTime.of(2026, 1, 1, 7, 0));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getId());
    Task briefing = task(rollout, ResolutionRolloutProcess.TASK_HOLD_QUARTERLY_BRIEFING);
    assertThat(briefing).hasName("Giao ban quý IV/2025").hasCandidateGroup(group(city, Organ.STANDING_COMMITTEE));
    assertThat(formVariable(briefing, "quarterFiguresText")).isEqualTo("""
        Tổng số nội dung: 1
        - Chưa triển khai: 1
        - Đang thực hiện, đúng hạn: 0
        - Hoàn thành đúng hạn: 0
        - Hoàn thành chậm: 0
        - Quá hạn: 0""");
    assertThatThrownBy(() -> formService.submitTaskForm(briefing.getId(), Map.of("heldOn", "2026-01-09")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chỉ ghi nhận buổi giao ban đã tổ chức: ngày giao ban không thể sau hôm nay.");
    clockAt(LocalDateTime.of(2026, 1, 9, 16, 0));
    formService.submitTaskForm(briefing.getId(), Map.of("heldOn", "2026-01-09", "conclusions", "Đẩy nhanh số hóa hồ sơ."));
    assertThat(jdbc.sql("SELECT quarter FROM quarterly_briefing b JOIN rollout r ON r.id = b.rollout_id WHERE r.committee_code = :c")
        .param("c", city).query(String.class).list()).containsExactly("2025-Q4");

    assertThat(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2026, 4, 1, 7, 0)));
    clockAt(LocalDateTime.of(2026, 4, 1, 7, 0));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getId());
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_HOLD_QUARTERLY_BRIEFING)).hasName("Giao ban quý I/2026");
    assertThat(runtimeService.getVariables(rollout.getId())).as("the cycle is read from configuration, not copied")
        .doesNotContainKey(ResolutionRolloutProcess.Variables.BRIEFING_CYCLE);

    // this committee's briefings moved to the 15th in Cockpit: the next one after the one already planned follows
    runtimeService.setVariable(rollout.getId(), ResolutionRolloutProcess.Variables.BRIEFING_CYCLE, "0 0 7 15 1,4,7,10 ?");
    assertThat(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2026, 7, 1, 7, 0)));
    clockAt(LocalDateTime.of(2026, 7, 1, 7, 0));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getId());
    assertThat(timer(rollout, ResolutionRolloutProcess.START_BRIEFING_DUE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2026, 7, 15, 7, 0)));

    clockAt(LocalDateTime.of(2030, 8, 31, 23, 59, 59));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.TIMER_SUPERVISION_ENDS).getId());
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_SUPERVISION_ENDED, ResolutionRolloutProcess.END_QUARTERLY_BRIEFING_HELD);
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId()).timers()
        .activityId(ResolutionRolloutProcess.START_BRIEFING_DUE).count()).as("no briefing after supervision ends").isZero();
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId()).timers()
        .activityId(ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).count()).as("no round either").isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(rollout.getId())
        .taskDefinitionKey(ResolutionRolloutProcess.TASK_HOLD_QUARTERLY_BRIEFING).count()).isZero();
  }
}
