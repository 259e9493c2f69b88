package vn.rollout.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.process.ProgrammeAmendmentProcess.FormFields;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * Amending an approved programme (issue 25): the city's office proposes to move one item's deadline, cancel
 * another and add a new one; the standing committee returns the proposal once, then approves it. The
 * programme keeps its earlier version; the cancelled item's execution ends with the reason in history, the
 * moved deadline's timer fires on the new date and not the old one, the new item goes to its lead. Whoever
 * tries to get round the rules is refused, and nothing changes.
 */
class ProgrammeAmendmentIT extends RolloutTest {

  static final String DIGITISE = "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố";
  static final String TRAIN = "Tổ chức 12 lớp bồi dưỡng kỹ năng số cho 600 cán bộ chủ chốt của các phường";
  static final String PORTAL = "Xây dựng cổng thông tin điện tử của Thành ủy, kết nối 47 đảng bộ trực thuộc";
  static final String NEW_ITEM = "Lắp đặt hệ thống họp trực tuyến tại 47 đảng bộ trực thuộc";

  @Autowired RepositoryService repositoryService;
  @Autowired ProgrammeAmendments amendments;
  @Autowired TestRestTemplate http;

  String city;
  String office;
  String standing;
  ProcessInstance rollout;
  long resolution;
  long programmeId;
  ProcessDefinition definition;

  @BeforeEach
  void approveTheCitysProgrammeOfThreeItems() {
    city = city();
    office = group(city, Organ.OFFICE);
    standing = group(city, Organ.STANDING_COMMITTEE);
    rollout = register(city);
    completeStudy(rollout);
    submitDraft(rollout, concreteItem(city),
        item(TRAIN, office, "2027-06-30", "12 lớp bồi dưỡng, 600 cán bộ được cấp chứng nhận"),
        item(PORTAL, office, "2028-06-30", "Cổng thông tin vận hành, 47 đảng bộ kết nối"));
    decide(rollout, ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(rollout);
    resolution = resolutionId(rollout);
    programmeId = jdbc.sql("SELECT id FROM programme WHERE committee_code = :c").param("c", city).query(Long.class).single();
    definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProgrammeAmendmentProcess.KEY)
        .latestVersion().singleResult();
    assertThat(executions()).hasSize(3);
  }

  @Test
  void shouldApplyAnApprovedAmendmentToTheItemsTheirTimersAndTheirExecutions() {
    assertThat(definition.isStartableInTasklist()).isTrue();
    long digitise = itemId(DIGITISE);
    long train = itemId(TRAIN);
    long portal = itemId(PORTAL);
    // the portal is done before the amendment
    formService.submitTaskForm(task(execution(portal), ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
        ProgrammeItemExecutionProcess.FormFields.ACTION, ProgrammeItemExecutionProcess.FormFields.ACTION_DONE,
        ProgrammeItemExecutionProcess.FormFields.OUTPUT_ACHIEVED, "Cổng thông tin đã vận hành"));

    // who may start: the committee's own office only
    String ward = ward(city);
    assertThatThrownBy(() -> start(group(ward, Organ.OFFICE), city))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Đồng chí không thuộc Văn phòng Thành ủy Đà Nẵng, cơ quan đề nghị sửa đổi chương trình hành động của Thành ủy Đà Nẵng.");
    assertThatThrownBy(() -> start(standing, city)).isInstanceOf(FormFieldValidationException.class);
    assertThatThrownBy(() -> start(TaskGroups.unit(organisation.unit(city, "ban", "Ban Dân vận Thành ủy")), city))
        .as("a unit that leads items of the programme").isInstanceOf(FormFieldValidationException.class);
    assertThatThrownBy(() -> start(group(city, Organ.OFFICE) + "-khac", city))
        .as("a group whose name only begins like the office's").isInstanceOf(FormFieldValidationException.class);
    assertThatThrownBy(() -> start(group(ward, Organ.OFFICE), ward))
        .as("the ward's programme is not approved yet")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Cấp ủy chưa có chương trình hành động được phê duyệt cho nghị quyết này: chưa thể sửa đổi.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeAmendmentProcess.KEY).count())
        .as("a refused start form starts nothing").isZero();

    ProcessInstance amendment = start(office, city);
    assertThat(amendment.getBusinessKey()).isEqualTo(resolution + "/" + city);
    assertThatThrownBy(() -> start(office, city))
        .as("one amendment at a time")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chương trình đang có một đề nghị sửa đổi chưa được quyết định: hoàn tất hoặc rút đề nghị đó trước.");

    Task propose = task(amendment, ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);
    assertThat(propose).hasCandidateGroup(office);
    assertThat(propose.getName()).startsWith("Lập đề nghị sửa đổi chương trình 01-CTr/TU");
    assertThat(JsonVariables.list(formVariable(propose, FormFields.CURRENT_ITEMS), Map.class))
        .extracting(row -> row.get("content")).containsExactly(DIGITISE, TRAIN, PORTAL);

    // refusals: nothing is sent
    assertRefused(List.of(), "Đề nghị sửa đổi chưa có thay đổi nào: thêm, sửa hoặc hủy ít nhất một nhiệm vụ.");
    assertRefused(List.of(cancel(3)), "Thay đổi 1: nhiệm vụ 3 đã hoàn thành, không thể hủy.");
    assertRefused(List.of(cancel(4)), "Thay đổi 1: chương trình không có nhiệm vụ số 4 (có 3 nhiệm vụ).");
    assertRefused(List.of(cancel(2), change(2, "2028-01-31")), "Thay đổi 2: nhiệm vụ 2 đã có trong một thay đổi khác của đề nghị này.");
    assertRefused(List.of(change(1, "2030-12-31")),
        "Thay đổi 1: thời hạn 31/12/2030 nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");
    assertRefused(List.of(change(1, "2025-10-15")), "Thay đổi 1: thời hạn 15/10/2025 đã qua.");
    assertRefused(List.of(change(1, "2027-12-31")), "Thay đổi 1: nhiệm vụ 1 không có gì thay đổi.");
    assertRefused(List.of(new AmendmentChange("ADD", null, NEW_ITEM, office, "2029-06-30", null)),
        "Thay đổi 1: nhiệm vụ mới phải có nội dung, đơn vị chủ trì, thời hạn và kết quả đầu ra.");
    assertRefused(List.of(new AmendmentChange("ADD", null, NEW_ITEM, "unit.khac", "2029-06-30", "47 điểm cầu")),
        "Thay đổi 1: đơn vị chủ trì không thuộc cấp ủy.");
    assertRefused(List.of(cancel(1), cancel(2)), null, "Chưa nêu lý do sửa đổi chương trình.");
    assertThat(amendment).isWaitingAt(ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);

    String propaganda = group(city, Organ.PROPAGANDA);
    List<AmendmentChange> changes = List.of(new AmendmentChange("CHANGE", 1, null, propaganda, "2028-03-31", null), cancel(2),
        new AmendmentChange("ADD", null, NEW_ITEM, office, "2029-06-30", "47 điểm cầu họp trực tuyến hoạt động"));
    String reason = "Kết luận của Ban Thường vụ tại hội nghị giao ban quý III: lùi hạn số hóa, thay lớp bồi dưỡng bằng họp trực tuyến.";
    propose(changes, reason);
    Task decideTask = task(amendment, ProgrammeAmendmentProcess.TASK_DECIDE_AMENDMENT);
    assertThat(decideTask).hasCandidateGroup(standing);
    assertThat((String) formVariable(decideTask, FormFields.PROPOSAL_TEXT))
        .contains("- Sửa nhiệm vụ 1 (" + DIGITISE + "): chủ trì: Ban Tuyên giáo")
        .contains("; thời hạn 31/03/2028 (trước: 31/12/2027)")
        .contains("- Hủy nhiệm vụ 2: " + TRAIN)
        .contains("- Thêm nhiệm vụ: " + NEW_ITEM);

    assertThatThrownBy(() -> decideAmendment("RETURN", " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Khi trả lại đề nghị sửa đổi, cần ghi rõ ý kiến.");
    decideAmendment("RETURN", "Nêu rõ lý do hủy lớp bồi dưỡng.");
    assertThat(amendment).hasPassed(ProgrammeAmendmentProcess.GATEWAY_AMENDMENT_APPROVED)
        .isWaitingAt(ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);
    Task again = task(amendment, ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);
    assertThat(formVariable(again, FormFields.REVIEW_COMMENTS)).isEqualTo("Nêu rõ lý do hủy lớp bồi dưỡng.");
    assertThat(formVariable(again, FormFields.REASON)).isEqualTo(reason);
    assertThat(itemsOfProgramme()).as("nothing changes before approval").containsExactly(DIGITISE, TRAIN, PORTAL);

    String revised = reason + " Các lớp bồi dưỡng được lồng ghép vào họp trực tuyến.";
    propose(changes, revised);
    clockAt(LocalDateTime.of(2026, 5, 4, 10, 0));
    decideAmendment("APPROVE", null);

    assertThat(amendment).hasPassed(ProgrammeAmendmentProcess.TASK_APPLY_AMENDMENT).isEnded();
    assertThat(amendment).hasPassed(ProgrammeAmendmentProcess.END_PROGRAMME_AMENDED);
    // the items now
    assertThat(itemsOfProgramme()).containsExactly(DIGITISE, PORTAL, NEW_ITEM);
    assertThat(jdbc.sql("SELECT deadline FROM programme_item WHERE id = :id").param("id", digitise).query(LocalDate.class).single())
        .isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(jdbc.sql("SELECT cancelled_from FROM programme_item WHERE id = :id").param("id", train).query(Long.class).single())
        .isEqualTo(programmeId);
    // the earlier version, with who, when and why
    List<ProgrammeAmendments.Version> versions = amendments.versions(programmeId);
    assertThat(versions).hasSize(1);
    ProgrammeAmendments.Version first = versions.get(0);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.reason()).isEqualTo(revised);
    assertThat(first.proposedBy()).isEqualTo("vp." + office);
    assertThat(first.approvedBy()).isEqualTo("btv." + standing);
    assertThat(first.supersededAt()).isEqualTo(vietnam(LocalDateTime.of(2026, 5, 4, 10, 0)).toInstant());
    assertThat(first.itemsJson()).contains(DIGITISE, TRAIN, PORTAL, "2027-12-31").doesNotContain(NEW_ITEM);

    // the cancelled item's execution ended, with the reason in history
    HistoricProcessInstance cancelled = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProgrammeItemExecutionProcess.KEY).superProcessInstanceId(rollout.getId())
        .variableValueEquals(ProgrammeItemExecutionProcess.Variables.ITEM_ID, train).singleResult();
    assertThat(cancelled.getEndTime()).isNotNull();
    assertThat(cancelled.getDeleteReason()).isEqualTo("Nhiệm vụ bị hủy theo sửa đổi chương trình 01-CTr/TU được phê duyệt ngày 04/05/2026. Lý do: " + revised);
    // the new item goes to its lead
    runAsyncJobs(rollout);
    long added = itemId(NEW_ITEM);
    Task newTask = task(execution(added), ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(newTask).hasCandidateGroup(office);
    assertThat(newTask.getDueDate()).as("30/06/2029 is a Saturday: due the next working day")
        .isEqualTo(vietnam(LocalDateTime.of(2029, 7, 2, 23, 59, 59)));
    assertThat(executions()).hasSize(2);

    // the moved deadline: its timers are due on the new date, and the old date passes without a sound
    ProcessInstance moved = execution(digitise);
    Task movedTask = task(moved, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(movedTask.getDueDate()).isEqualTo(vietnam(LocalDateTime.of(2028, 3, 31, 23, 59, 59)));
    assertThat(movedTask).as("the new lead gets the item").hasCandidateGroup(propaganda);
    assertThat(timer(moved, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2028, 3, 31, 23, 59, 59)));
    clockAt(LocalDateTime.of(2028, 1, 2, 9, 0));
    assertThat(managementService.createJobQuery().processInstanceId(moved.getId()).timers()
        .activityId(ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).executable().count())
        .as("nothing overdue after the old deadline").isZero();
    assertThat(status(digitise)).isEqualTo(ItemStatus.NOT_STARTED);
    clockAt(LocalDateTime.of(2028, 4, 1, 9, 0));
    Job overdue = managementService.createJobQuery().processInstanceId(moved.getId()).timers()
        .activityId(ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).executable().singleResult();
    managementService.executeJob(overdue.getId());
    assertThat(status(digitise)).as("overdue after the new deadline").isEqualTo(ItemStatus.OVERDUE);

    // the earlier version through the API: the committee's office (or above) reads it, another's office not
    ResponseEntity<List<Map<String, Object>>> read = http.withBasicAuth(member(office, "vanphong"), PASSWORD).exchange(
        "/api/committees/" + city + "/programme/versions?resolution=" + resolution, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).singleElement().satisfies(version -> {
      assertThat(version).containsEntry("version", 1).containsEntry("reason", revised).containsEntry("approvedBy", "btv." + standing);
      assertThat((List<?>) version.get("items")).hasSize(3);
    });
    ResponseEntity<List<Map<String, Object>>> listed = http.withBasicAuth(member(office, "theodoi"), PASSWORD).exchange(
        "/api/committees/" + city + "/items?resolution=" + resolution, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(listed.getBody()).as("the cancelled item is no longer the programme's")
        .extracting(item -> item.get("content")).containsExactlyInAnyOrder(DIGITISE, PORTAL, NEW_ITEM);
    assertThat(http.withBasicAuth(member(group(ward, Organ.OFFICE), "vanphong"), PASSWORD).getForEntity(
        "/api/committees/" + city + "/programme/versions?resolution=" + resolution, String.class).getStatusCode())
        .as("a subordinate's office does not read its superior's programme's versions").isEqualTo(HttpStatus.FORBIDDEN);

    // a next amendment may start
    ProcessInstance next = start(office, city);
    assertThat(next).isWaitingAt(ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);
  }

  @Test
  void shouldLetTheOfficeWithdrawItsProposalAndLeaveTheProgrammeAsItIs() {
    ProcessInstance amendment = start(office, city);
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.CHANGES, JsonVariables.json(List.of()));
    form.put(FormFields.REASON, null);
    form.put(FormFields.SUBMIT, FormFields.SUBMIT_WITHDRAW);
    as("vp." + office, office, () -> formService.submitTaskForm(task(amendment, ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT).getId(), form));
    assertThat(amendment).hasPassed(ProgrammeAmendmentProcess.END_AMENDMENT_WITHDRAWN).isEnded();
    assertThat(itemsOfProgramme()).containsExactly(DIGITISE, TRAIN, PORTAL);
    assertThat(amendments.versions(programmeId)).isEmpty();
    assertThat(executions()).hasSize(3);
    assertThat(start(office, city)).as("withdrawn: another may start").isNotNull();
  }

  @Test
  void shouldRefuseAnApprovalWhenAnItemToCancelWasDoneMeanwhile() {
    ProcessInstance amendment = start(office, city);
    propose(List.of(cancel(2)), "Lớp bồi dưỡng không còn phù hợp.");
    long train = itemId(TRAIN);
    formService.submitTaskForm(task(execution(train), ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
        ProgrammeItemExecutionProcess.FormFields.ACTION, ProgrammeItemExecutionProcess.FormFields.ACTION_DONE,
        ProgrammeItemExecutionProcess.FormFields.OUTPUT_ACHIEVED, "12 lớp đã mở"));
    assertThatThrownBy(() -> decideAmendment("APPROVE", null))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Nhiệm vụ \"" + TRAIN + "\" đã hoàn thành sau khi đề nghị được lập: trả lại để Văn phòng lập lại đề nghị.");
    assertThat(amendment).isWaitingAt(ProgrammeAmendmentProcess.TASK_DECIDE_AMENDMENT);
    assertThat(amendments.versions(programmeId)).as("nothing applied").isEmpty();
    assertThat(itemsOfProgramme()).containsExactly(DIGITISE, TRAIN, PORTAL);
    decideAmendment("RETURN", "Nhiệm vụ đã hoàn thành, không cần hủy.");
    assertThat(amendment).isWaitingAt(ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT);
  }

  // --- helpers ---

  private ProcessInstance start(String group, String committee) {
    String user = (group.endsWith("." + Organ.OFFICE.key()) ? "vp." : "x.") + group;
    identityService.setAuthentication(user, List.of(group, TaskGroups.OFFICIALS));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put(FormFields.RESOLUTION_ID, resolution);
      form.put(FormFields.COMMITTEE_CODE, committee);
      return formService.submitStartForm(definition.getId(), form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance current() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeAmendmentProcess.KEY)
        .processInstanceBusinessKey(resolution + "/" + city).active().list().stream()
        .filter(instance -> taskService.createTaskQuery().processInstanceId(instance.getId()).count() > 0)
        .findFirst().orElseThrow();
  }

  private void propose(List<AmendmentChange> changes, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.CHANGES, JsonVariables.json(changes));
    form.put(FormFields.REASON, reason);
    form.put(FormFields.SUBMIT, FormFields.SUBMIT_PROPOSE);
    String taskId = task(current(), ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT).getId();
    as("vp." + office, office, () -> formService.submitTaskForm(taskId, form));
  }

  private void assertRefused(List<AmendmentChange> changes, String message) {
    assertRefused(changes, "Lý do đủ dài để gửi.", message);
  }

  private void assertRefused(List<AmendmentChange> changes, String reason, String message) {
    assertThatThrownBy(() -> propose(changes, reason))
        .isInstanceOf(FormFieldValidationException.class).hasMessage(message);
  }

  private void decideAmendment(String decision, String comments) {
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.DECISION, decision);
    form.put(FormFields.REVIEW_COMMENTS, comments);
    String taskId = task(current(), ProgrammeAmendmentProcess.TASK_DECIDE_AMENDMENT).getId();
    as("btv." + standing, standing, () -> formService.submitTaskForm(taskId, form));
  }

  private void as(String user, String group, Runnable action) {
    identityService.setAuthentication(user, List.of(group, TaskGroups.OFFICIALS));
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static AmendmentChange cancel(int number) {
    return new AmendmentChange("CANCEL", number, null, null, null, null);
  }

  private static AmendmentChange change(int number, String deadline) {
    return new AmendmentChange("CHANGE", number, null, null, deadline, null);
  }

  private long itemId(String content) {
    return jdbc.sql("SELECT id FROM programme_item WHERE content = :c AND (programme_id = :p OR cancelled_from = :p)")
        .param("c", content).param("p", programmeId).query(Long.class).single();
  }

  private List<String> itemsOfProgramme() {
    return jdbc.sql("SELECT content FROM programme_item WHERE programme_id = :p ORDER BY seq")
        .param("p", programmeId).query(String.class).list();
  }

  private ItemStatus status(long itemId) {
    return ItemStatus.valueOf(jdbc.sql("SELECT status FROM programme_item WHERE id = :id").param("id", itemId)
        .query(String.class).single());
  }

  private List<ProcessInstance> executions() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.getId()).list();
  }

  private ProcessInstance execution(long itemId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.getId())
        .variableValueEquals(ProgrammeItemExecutionProcess.Variables.ITEM_ID, itemId).singleResult();
  }
}
