package vn.rollout.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import vn.rollout.programme.DraftItem;
import vn.rollout.programme.LeadOption;
import vn.rollout.support.RolloutTest;

/**
 * Coordinating units of an item (issue 25): each sees the item it coordinates in its Tasklist filter "Phối hợp thực
 * hiện" while the item runs; the lead's quarterly progress report may ask coordinators for a contribution due before
 * the report's deadline; the report comes back with the answers as soon as all answered, or at the deadline with
 * those who did not answer listed, not waited for.
 */
class CoordinatingUnitsIT extends RolloutTest {

  static final String CONTENT = "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố";
  static final LocalDateTime FIRST_OF_QUARTER = LocalDateTime.of(2026, 1, 1, 7, 0);

  @Autowired FilterService filterService;

  String city;
  String science;
  String information;
  String finance;
  ProcessInstance rollout;
  ProcessInstance item;
  long itemId;

  @BeforeEach
  void approveAnItemWithTwoCoordinators() {
    city = city();
    science = TaskGroups.unit(organisation.unit(city, "so-khcn", "Sở Khoa học và Công nghệ"));
    information = TaskGroups.unit(organisation.unit(city, "so-ttt", "Sở Thông tin và Truyền thông"));
    finance = TaskGroups.unit(organisation.unit(city, "so-tc", "Sở Tài chính"));
    rollout = register(city);
    completeStudy(rollout);
    submitDraft(rollout, new DraftItem(CONTENT, group(city, Organ.OFFICE), List.of(science, information), false,
        12_000_000_000L, "20 cán bộ", "2026-04-01", "2027-12-31",
        "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương", null, null));
    decide(rollout, vn.rollout.process.ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(rollout);
    item = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.getId()).singleResult();
    itemId = ((Number) runtimeService.getVariable(item.getId(), ProgrammeItemExecutionProcess.Variables.ITEM_ID)).longValue();
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldShowEachCoordinatorTheItemItCoordinatesInItsFilterUntilTheItemIsDone() {
    String scientist = member(science, "cv-khcn");
    String accountant = member(finance, "cv-tc");
    String clerk = member(group(city, Organ.OFFICE), "cv-vp");

    List<Task> follows = followTasks();
    assertThat(follows).hasSize(2).allSatisfy(task -> assertThat(task).hasName("Phối hợp: " + CONTENT));
    Task scienceTask = followTask(science);
    assertThat(scienceTask.getDueDate()).isEqualTo(vietnam(LocalDateTime.of(2027, 12, 31, 23, 59, 59)));
    assertThat(formVariable(scienceTask, FormFields.LEAD_NAME)).isEqualTo("Văn phòng Thành ủy Đà Nẵng");
    assertThat(formVariable(scienceTask, FormFields.ITEM_OUTPUT))
        .isEqualTo("Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương");

    assertThat(coordinationFilter(scientist, science)).extracting(Task::getId).containsExactly(scienceTask.getId());
    assertThat(coordinationFilter(accountant, finance)).as("a unit that does not coordinate the item").isEmpty();
    assertThat(coordinationFilter(clerk, group(city, Organ.OFFICE))).as("the lead's own task is not coordination").isEmpty();

    // the lead reports progress, signed in as an official of its office: every view shows the new status
    identityService.setAuthentication(clerk, List.of(group(city, Organ.OFFICE), TaskGroups.OFFICIALS));
    formService.submitTaskForm(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(),
        Map.of(FormFields.ACTION, "PROGRESS", FormFields.PROGRESS_PERCENT, 40));
    identityService.clearAuthentication();
    assertThat(followTasks()).extracting(task -> formVariable(task, FormFields.ITEM_STATUS_TEXT))
        .containsOnly("Đang thực hiện, đúng hạn (40%)");

    // a coordinator that no longer needs to follow the item closes its view; the other keeps it
    formService.submitTaskForm(scienceTask.getId(), Map.of());
    assertThat(followTasks()).extracting(this::candidate).containsExactly(information);
    assertThat(coordinationFilter(scientist, science)).isEmpty();

    formService.submitTaskForm(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
        FormFields.ACTION, "DONE", FormFields.OUTPUT_ACHIEVED, "Cơ sở dữ liệu đảng viên đã kết nối với Trung ương",
        FormFields.TARGET_REACHED, "1.250/1.250 hồ sơ", FormFields.EVIDENCE, "Báo cáo số 125-BC/TU"));
    assertThat(item).isEnded();
    assertThat(followTasks()).as("the item done, nothing left to follow").isEmpty();
  }

  @Test
  void shouldEndTheCoordinatorsViewWhenEveryCoordinatorHasClosedItWhileTheLeadWorksOn() {
    followTasks().forEach(task -> formService.submitTaskForm(task.getId(), Map.of()));

    assertThat(item).hasPassed(ProgrammeItemExecutionProcess.END_COORDINATION_FOLLOWED)
        .isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(followTasks()).isEmpty();
  }

  @Test
  void shouldAskCoordinatorsForAContributionAndListTheOneSilentAtTheDeadlineWithoutWaiting() {
    Task report = openQuarterlyReport();
    assertThat(JsonVariables.list(formVariable(report, FormFields.CONTRIBUTOR_OPTIONS), LeadOption.class))
        .extracting(LeadOption::label).containsExactly("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông");
    java.util.Date reportDue = report.getDueDate();

    // refused, nothing asked: no unit, a unit that does not coordinate the item, no or a malformed deadline, one not
    // after today, one not before the report's
    assertRefused(report, List.of(), "2026-01-15", "Chưa chọn đơn vị phối hợp nào để đề nghị đóng góp.");
    assertRefused(report, List.of(science, finance), "2026-01-15", "\"" + finance
        + "\" không phải đơn vị phối hợp của nhiệm vụ này; chỉ đề nghị các đơn vị phối hợp đã ghi trong chương trình.");
    assertRefused(report, List.of(science), null, "Đề nghị đóng góp thì phải nêu hạn đóng góp.");
    assertRefused(report, List.of(science), "15/01/2026", "Hạn đóng góp \"15/01/2026\" không đúng định dạng ngày.");
    assertRefused(report, List.of(science), "2026-01-01", "Hạn đóng góp phải sau hôm nay.");
    assertRefused(report, List.of(science), "2026-02-28", "Hạn đóng góp phải trước hạn báo cáo quý ("
        + vn.rollout.shared.VietnameseFormat.date(vn.rollout.resolution.Deadlines.day(reportDue)) + ").");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM item_contribution WHERE item_id = :i").param("i", itemId).query(Long.class).single())
        .isZero();
    assertThat(item).isWaitingAt(ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);

    ask(report, List.of(science, information), "2026-01-15");

    assertThat(task(item, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS)).isNull();
    Task scienceTask = contributionTask(science);
    Task informationTask = contributionTask(information);
    assertThat(scienceTask).hasName("Đóng góp báo cáo quý: " + CONTENT);
    assertThat(scienceTask.getDueDate()).isEqualTo(vietnam(LocalDateTime.of(2026, 1, 15, 23, 59, 59)));
    assertThat(formVariable(scienceTask, FormFields.QUARTER_TEXT)).isEqualTo("Quý IV/2025");
    assertThat(formVariable(scienceTask, FormFields.CONTRIBUTION_DUE_TEXT)).isEqualTo("15/01/2026");
    assertThat(timer(item, ProgrammeItemExecutionProcess.BOUNDARY_CONTRIBUTION_DEADLINE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2026, 1, 15, 23, 59, 59)));

    // the contribution task is the coordinator's: another unit cannot answer it, an empty answer is refused
    String accountant = member(finance, "kt-tc");
    identityService.setAuthentication(accountant, List.of(finance, TaskGroups.OFFICIALS));
    assertThatThrownBy(() -> formService.submitTaskForm(scienceTask.getId(), Map.of(FormFields.CONTRIBUTION, "Đã xong.")))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThatThrownBy(() -> formService.submitTaskForm(scienceTask.getId(), Map.of(FormFields.CONTRIBUTION, "  ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Chưa nhập nội dung đóng góp của đơn vị.");

    String scientist = member(science, "cv-khcn");
    assertThat(coordinationFilter(scientist, science)).extracting(Task::getName)
        .containsExactlyInAnyOrder("Phối hợp: " + CONTENT, "Đóng góp báo cáo quý: " + CONTENT);

    clockAt(LocalDateTime.of(2026, 1, 10, 15, 0));
    formService.submitTaskForm(scienceTask.getId(), Map.of(FormFields.CONTRIBUTION,
        "Sở KHCN đã hoàn thành nâng cấp hạ tầng lưu trữ cho cơ sở dữ liệu đảng viên."));
    assertThat(item).as("the other coordinator has until its deadline")
        .isWaitingAt(ProgrammeItemExecutionProcess.TASK_CONTRIBUTE_TO_PROGRESS);

    Job deadline = timer(item, ProgrammeItemExecutionProcess.BOUNDARY_CONTRIBUTION_DEADLINE);
    clockAt(LocalDateTime.of(2026, 1, 15, 23, 59, 58));
    assertThat(managementService.createJobQuery().jobId(deadline.getId()).executable().count()).isZero();
    clockAt(LocalDateTime.of(2026, 1, 16, 8, 0));
    managementService.executeJob(deadline.getId());

    assertThat(taskService.createTaskQuery().taskId(informationTask.getId()).count()).as("not waited for").isZero();
    Task back = task(item, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);
    assertThat(back.getDueDate()).as("the report keeps its deadline").isEqualTo(reportDue);
    assertThat(formVariable(back, FormFields.QUARTER_TEXT)).as("and its quarter").isEqualTo("Quý IV/2025");
    assertThat(JsonVariables.list(formVariable(back, FormFields.CONTRIBUTIONS), ItemContributions.Answer.class))
        .containsExactly(new ItemContributions.Answer("Sở Khoa học và Công nghệ",
            "Sở KHCN đã hoàn thành nâng cấp hạ tầng lưu trữ cho cơ sở dữ liệu đảng viên."));
    assertThat(formVariable(back, FormFields.SILENT_CONTRIBUTORS_TEXT))
        .isEqualTo("Chưa gửi đóng góp đúng hạn: Sở Thông tin và Truyền thông.");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM item_contribution WHERE item_id = :i AND answered_at IS NULL AND closed")
        .param("i", itemId).query(Long.class).single()).isOne();

    formService.submitTaskForm(back.getId(), Map.of(FormFields.PROGRESS_PERCENT, 30, FormFields.STATUS_NOTE,
        "Đã số hóa 380 hồ sơ; hạ tầng lưu trữ đã nâng cấp (Sở KHCN)."));
    assertThat(item).hasPassed(ProgrammeItemExecutionProcess.END_QUARTER_REPORTED);
    assertThat(jdbc.sql("SELECT quarter || ' ' || progress_percent FROM item_progress WHERE item_id = :i").param("i", itemId)
        .query(String.class).single()).isEqualTo("2025-Q4 30");
  }

  @Test
  void shouldBringTheReportBackAsSoonAsEveryCoordinatorAskedHasAnswered() {
    Task report = openQuarterlyReport();
    ask(report, List.of(information), "2026-01-20");
    assertThat(taskService.createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(ProgrammeItemExecutionProcess.TASK_CONTRIBUTE_TO_PROGRESS).count()).isOne();

    clockAt(LocalDateTime.of(2026, 1, 8, 9, 0));
    formService.submitTaskForm(contributionTask(information).getId(), Map.of(FormFields.CONTRIBUTION,
        "Đã kết nối trục liên thông văn bản với phần mềm quản lý đảng viên."));

    Task back = task(item, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);
    assertThat(back).as("before the deadline").isNotNull();
    assertThat(timer(item, ProgrammeItemExecutionProcess.BOUNDARY_CONTRIBUTION_DEADLINE)).isNull();
    assertThat(formVariable(back, FormFields.SILENT_CONTRIBUTORS_TEXT)).isNull();
    assertThat(JsonVariables.list(formVariable(back, FormFields.CONTRIBUTIONS), ItemContributions.Answer.class))
        .extracting(ItemContributions.Answer::unit).containsExactly("Sở Thông tin và Truyền thông");
    assertThat(formVariable(back, FormFields.QUARTER_TEXT)).isEqualTo("Quý IV/2025");
  }

  // --- steps ---

  private Task openQuarterlyReport() {
    clockAt(FIRST_OF_QUARTER);
    managementService.executeJob(timer(item, ProgrammeItemExecutionProcess.START_QUARTER_DUE).getId());
    return task(item, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);
  }

  private void ask(Task report, List<String> units, String due) {
    formService.submitTaskForm(report.getId(), askForm(units, due));
  }

  private void assertRefused(Task report, List<String> units, String due, String message) {
    assertThatThrownBy(() -> formService.submitTaskForm(report.getId(), askForm(units, due)))
        .isInstanceOf(FormFieldValidationException.class).hasMessage(message);
  }

  private static Map<String, Object> askForm(List<String> units, String due) {
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.PROGRESS_ACTION, FormFields.PROGRESS_ACTION_ASK);
    form.put(FormFields.CONTRIBUTORS, JsonVariables.json(units));
    form.put(FormFields.CONTRIBUTION_DUE_DATE, due);
    return form;
  }

  private List<Task> followTasks() {
    return taskService.createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(ProgrammeItemExecutionProcess.TASK_FOLLOW_COORDINATED_ITEM).list();
  }

  private Task followTask(String unit) {
    return taskService.createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(ProgrammeItemExecutionProcess.TASK_FOLLOW_COORDINATED_ITEM).taskCandidateGroup(unit).singleResult();
  }

  private Task contributionTask(String unit) {
    return taskService.createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(ProgrammeItemExecutionProcess.TASK_CONTRIBUTE_TO_PROGRESS).taskCandidateGroup(unit).singleResult();
  }

  private String candidate(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  /** The shared filter "Phối hợp thực hiện" as the official sees it in Tasklist. */
  private List<Task> coordinationFilter(String user, String unitGroup) {
    Filter filter = filterService.createFilterQuery().filterName("Phối hợp thực hiện").singleResult();
    identityService.setAuthentication(user, List.of(unitGroup, TaskGroups.OFFICIALS));
    try {
      return filterService.listPage(filter.getId(), 0, 50);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
