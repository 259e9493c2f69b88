package vn.rollout.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.support.RolloutTest;

/**
 * Comments on a draft programme (issue 25): the city's office sends its draft to the Fatherland Front and a group of
 * experts with a deadline; the Front comments item by item, the experts say nothing; at the deadline the office gets
 * its draft back with the Front's comments beside the items and the experts listed, not waited for. A second round
 * that everyone answers ends as soon as they have.
 */
class ProgrammeConsultationIT extends RolloutTest {

  @Test
  void shouldCollectCommentsItemByItemAndListTheSilentAtTheDeadlineWithoutWaiting() {
    String city = city();
    String front = TaskGroups.unit(organisation.unit(city, "mttq", "Ủy ban MTTQ Việt Nam thành phố"));
    String experts = TaskGroups.unit(organisation.unit(city, "cg", "Tổ chuyên gia chuyển đổi số"));
    clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    Task draft = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(JsonVariables.list(formVariable(draft, FormFields.CONSULT_OPTIONS), LeadOption.class))
        .as("the committee's organs and units, not the office itself")
        .extracting(LeadOption::value).contains(front, experts, group(city, Organ.STANDING_COMMITTEE))
        .doesNotContain(group(city, Organ.OFFICE));

    // refused, nothing completes: a group not of the committee, no deadline, a deadline not after today or after the
    // programme's own
    assertRefused(draft, List.of(front, "unit.khong-co"), "2026-02-20",
        "\"unit.khong-co\" không phải cơ quan, đơn vị của cấp ủy này; chỉ gửi lấy ý kiến trong danh sách.");
    assertRefused(draft, List.of(front), null, "Gửi lấy ý kiến thì phải nêu hạn góp ý.");
    assertRefused(draft, List.of(front), "2026-02-02", "Hạn góp ý phải sau hôm nay.");
    assertRefused(draft, List.of(front), "2026-04-30", "Hạn góp ý không thể sau hạn ban hành chương trình (2026-03-23).");
    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);

    submit(draft, List.of(front, experts), "2026-02-20");
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.GATEWAY_CONSULT_DRAFT)
        .isWaitingAt(ResolutionRolloutProcess.TASK_COMMENT_ON_DRAFT);
    List<Task> asked = taskService.createTaskQuery().processInstanceId(rollout.getId())
        .taskDefinitionKey(ResolutionRolloutProcess.TASK_COMMENT_ON_DRAFT).list();
    assertThat(asked).hasSize(2);
    Task frontTask = taskService.createTaskQuery().processInstanceId(rollout.getId()).taskCandidateGroup(front).singleResult();
    assertThat(frontTask).hasName("Góp ý dự thảo chương trình hành động");
    assertThat(frontTask.getDueDate()).isEqualTo(vietnam(LocalDateTime.of(2026, 2, 20, 23, 59, 59)));
    assertThat(formVariable(frontTask, FormFields.CONSULT_GROUP_NAME)).isEqualTo("Ủy ban MTTQ Việt Nam thành phố");
    assertThat(formVariable(frontTask, FormFields.CONSULT_DEADLINE_TEXT)).isEqualTo("20/02/2026");
    List<ProgrammeConsultation.ItemComment> rows = JsonVariables.list(formVariable(frontTask, FormFields.COMMENTS),
        ProgrammeConsultation.ItemComment.class);
    assertThat(rows).extracting(ProgrammeConsultation.ItemComment::number).containsExactly(1, 0);
    assertThat(rows.get(0).content()).isEqualTo("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố");

    assertThatThrownBy(() -> formService.submitTaskForm(frontTask.getId(), Map.of(FormFields.COMMENTS, JsonVariables.json(rows))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("Chưa có ý kiến nào");
    assertThatThrownBy(() -> formService.submitTaskForm(frontTask.getId(), Map.of(FormFields.COMMENTS, JsonVariables.json(List.of(
            new ProgrammeConsultation.ItemComment(7, "?", "Bổ sung nhiệm vụ")))))).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Ý kiến cho nhiệm vụ không có trong dự thảo (số 7).");
    clockAt(LocalDateTime.of(2026, 2, 12, 10, 0));
    formService.submitTaskForm(frontTask.getId(), Map.of(FormFields.COMMENTS, JsonVariables.json(List.of(
        new ProgrammeConsultation.ItemComment(1, rows.get(0).content(), "Cần nêu rõ số hồ sơ phải số hóa mỗi năm."),
        new ProgrammeConsultation.ItemComment(0, rows.get(1).content(), "")))));
    assertThat(rollout).as("the experts have not answered: the round waits for its deadline, not longer")
        .isWaitingAt(ResolutionRolloutProcess.TASK_COMMENT_ON_DRAFT);

    clockAt(LocalDateTime.of(2026, 2, 21, 0, 0, 30));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.BOUNDARY_CONSULT_DEADLINE).getId());
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.BOUNDARY_CONSULT_DEADLINE)
        .isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(taskService.createTaskQuery().taskCandidateGroup(experts).count()).as("the experts' task is withdrawn").isZero();
    Task revise = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(JsonVariables.list(formVariable(revise, FormFields.CONSULT_COMMENTS), Map.class))
        .as("the comments beside their items").containsExactly(Map.of("number", "1",
            "content", "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", "group", "Ủy ban MTTQ Việt Nam thành phố",
            "comment", "Cần nêu rõ số hồ sơ phải số hóa mỗi năm."));
    assertThat(formVariable(revise, FormFields.CONSULT_SILENT_TEXT)).isEqualTo("- Tổ chuyên gia chuyển đổi số");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM programme_consultation WHERE closed = FALSE").query(Long.class).single()).isZero();

    // a second round, only the Front, which answers at once: the draft comes back without waiting for the deadline
    submit(revise, List.of(front), "2026-03-10");
    Task again = taskService.createTaskQuery().processInstanceId(rollout.getId()).taskCandidateGroup(front).singleResult();
    formService.submitTaskForm(again.getId(), Map.of(FormFields.COMMENTS, JsonVariables.json(List.of(
        new ProgrammeConsultation.ItemComment(0, "Ý kiến chung về dự thảo", "Nhất trí với dự thảo đã sửa.")))));
    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    Task last = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(formVariable(last, FormFields.CONSULT_SILENT_TEXT)).as("everyone answered").isNull();
    assertThat(JsonVariables.list(formVariable(last, FormFields.CONSULT_COMMENTS), Map.class)).hasSize(2);

    // no groups this time: on to the check and the standing committee
    submit(last, List.of(), null);
    decide(rollout, FormFields.DECISION_APPROVE, null);
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.TASK_ISSUE_PROGRAMME);
  }

  private void submit(Task draft, List<String> groups, String deadline) {
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.ITEMS, JsonVariables.json(List.of(concreteItem(draftCommittee(draft)))));
    form.put(FormFields.CONSULT_GROUPS, JsonVariables.json(groups));
    form.put(FormFields.CONSULT_DEADLINE, deadline);
    formService.submitTaskForm(draft.getId(), form);
  }

  private void assertRefused(Task draft, List<String> groups, String deadline, String message) {
    assertThatThrownBy(() -> submit(draft, groups, deadline)).isInstanceOf(FormFieldValidationException.class).hasMessage(message);
  }

  private String draftCommittee(Task draft) {
    return (String) runtimeService.getVariable(draft.getProcessInstanceId(), "committeeCode");
  }
}
