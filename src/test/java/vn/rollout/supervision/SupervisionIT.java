package vn.rollout.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.organisation.Organ;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.resolution.Resolutions;
import vn.rollout.support.RolloutTest;

/**
 * The inspection committee's periodic rounds: every six months the decision chooses the subordinates
 * to inspect from their facts; the inspection's conclusions are recorded and each shortcoming is carried
 * out like a programme item, with its colour.
 */
class SupervisionIT extends RolloutTest {

  /** Six months after the city's programme was approved (3 November 2025): the first round. */
  static final LocalDateTime FIRST_ROUND = LocalDateTime.of(2026, 5, 3, 9, 0);

  @Autowired Inspections inspections;
  @Autowired Resolutions resolutions;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void shouldInspectTheSubordinateTheDecisionChoosesAndTrackEachShortcomingAsARemedialItem() {
    String city = city();
    String onTrack = ward(city);
    String lagging = ward(city);
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    approveProgramme(rollout(resolutionId(cityRollout) + "/" + onTrack), onTrack);

    Job round = timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE);
    assertThat(round.getDuedate()).as("R/P6M from the start of execution").isEqualTo(vietnam(FIRST_ROUND));
    clockAt(FIRST_ROUND.plusMinutes(1));
    managementService.executeJob(round.getId());

    assertThat(inspectionsOf(onTrack)).as("study on time, programme approved, no item overdue, started 6 months ago").isZero();
    assertThat(reasons(lagging)).containsExactly("LATE_REPORTS", "NO_PROGRAMME");
    assertThat(timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).getDuedate())
        .as("the next round, in the same rhythm").isEqualTo(vietnam(FIRST_ROUND.plusMonths(6)));
    ProcessInstance inspection = inspection(cityRollout);
    Task task = task(inspection, InspectionProcess.TASK_CONDUCT_INSPECTION);
    assertThat(task).hasName("Tiến hành kiểm tra, giám sát: Đảng ủy phường Hải Châu").hasCandidateGroup(group(city, Organ.INSPECTION));
    assertThat(formVariable(task, "inspectionReasonsText")).isEqualTo(
        "Kiểm tra định kỳ:\n- Có báo cáo gửi chậm hoặc chưa gửi\n- Chưa có chương trình hành động được phê duyệt");
    assertThat(formVariable(task, "inspectedFiguresText")).isEqualTo("Chưa có chương trình hành động được phê duyệt.");

    assertThatThrownBy(() -> conclude(task, shortcoming("Tổ chức học tập, quán triệt nghị quyết cho đảng viên", null)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Thiếu sót 1: chưa có thời hạn khắc phục.");
    assertThat(inspection).isWaitingAt(InspectionProcess.TASK_CONDUCT_INSPECTION);
    conclude(task, shortcoming("Tổ chức học tập, quán triệt nghị quyết cho đảng viên", "2026-06-30"));

    Map<String, Object> item = jdbc.sql("""
            SELECT i.id, i.programme_id, i.lead_group, i.status, i.due_date FROM programme_item i
              JOIN inspection_shortcoming s ON s.item_id = i.id JOIN inspection n ON n.id = s.inspection_id
             WHERE n.inspected_committee = :c""").param("c", lagging).query().singleRow();
    assertThat(item.get("programme_id")).as("a remedial item belongs to no programme").isNull();
    assertThat(item).containsEntry("lead_group", group(lagging, Organ.OFFICE)).containsEntry("status", "NOT_STARTED");
    ProcessInstance remedy = runtimeService.createProcessInstanceQuery().superProcessInstanceId(inspection.getId()).singleResult();
    Task remedyTask = task(remedy, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(remedyTask).hasName("Thực hiện: Khắc phục sau kiểm tra: Tổ chức học tập, quán triệt nghị quyết cho đảng viên")
        .hasCandidateGroup(group(lagging, Organ.OFFICE));

    clockAt(LocalDateTime.of(2026, 7, 1, 0, 0, 1));
    managementService.executeJob(timer(remedy, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).getId());
    assertThat(status(item)).as("red").isEqualTo("OVERDUE");
    assertThat(task(remedy, ProgrammeItemExecutionProcess.TASK_FOLLOW_UP_OVERDUE_ITEM))
        .as("the inspecting committee's office follows it up").hasCandidateGroup(group(city, Organ.OFFICE));

    clockAt(LocalDateTime.of(2026, 7, 10, 9, 0));
    formService.submitTaskForm(task(remedy, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
        "action", "DONE", "outputAchieved", "Đã tổ chức 2 hội nghị quán triệt cho 420 đảng viên", "evidence", "Báo cáo số 15-BC/ĐU"));
    assertThat(status(item)).as("orange").isEqualTo("DONE_LATE");
    assertThat(inspection).hasPassed(InspectionProcess.CALL_ACTIVITY_REMEDY_SHORTCOMINGS,
        InspectionProcess.END_SHORTCOMINGS_REMEDIED).isEnded();
    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_NO_INSPECTION_NEEDED,
        ResolutionRolloutProcess.END_SUBORDINATE_INSPECTED);
  }

  @Test
  void shouldConcludeAnInspectionWithoutShortcomingsAndCountTheMonthsFromIt() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);

    clockAt(FIRST_ROUND.plusMinutes(1));
    managementService.executeJob(timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).getId());
    ProcessInstance inspection = inspection(cityRollout);
    clockAt(FIRST_ROUND.plusMonths(6).plusMinutes(1));
    managementService.executeJob(timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).getId());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection WHERE inspected_committee = :c").param("c", ward)
        .query(Long.class).single()).as("the next round plans no second inspection while one is open").isOne();
    conclude(task(inspection, InspectionProcess.TASK_CONDUCT_INSPECTION));

    assertThat(inspection).hasPassed(InspectionProcess.END_NO_SHORTCOMINGS).isEnded();
    assertThat(jdbc.sql("SELECT conclusions FROM inspection WHERE inspected_committee = :c").param("c", ward)
        .query(String.class).single()).isEqualTo("Cấp ủy đã khắc phục, đang xây dựng chương trình.");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_shortcoming s JOIN inspection n ON n.id = s.inspection_id "
        + "WHERE n.inspected_committee = :c").param("c", ward).query(Long.class).single()).isZero();
    assertThat(inspections.facts(resolutionId(cityRollout), ward).monthsSinceLastInspection())
        .as("counted from the inspection, concluded today").isZero();
  }

  @Test
  void shouldInspectALeadUnitWithOverdueItemsAndHaveItsGroupRemedyButLeaveAUnitWithoutReasons() {
    String city = city();
    String lagging = organisation.unit(city, "so-tttt", "Sở Thông tin và Truyền thông");
    String onTrack = organisation.unit(city, "so-nv", "Sở Nội vụ");
    ProcessInstance cityRollout = register(city);
    completeStudy(cityRollout);
    submitDraft(cityRollout,
        // due Tuesday 28 April 2026 (30 April, a holiday, would move to Monday 4 May, after the first round)
        item("Xây dựng nền tảng họp trực tuyến thông suốt đến 100% chi bộ", "unit." + lagging, "2026-04-28",
            "Nền tảng họp trực tuyến vận hành tại 100% chi bộ"),
        item("Chuẩn hóa quy trình quản lý hồ sơ cán bộ trên môi trường số", "unit." + onTrack, "2027-12-31",
            "Quy trình quản lý hồ sơ cán bộ được ban hành và áp dụng"));
    decide(cityRollout, ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(cityRollout);

    clockAt(FIRST_ROUND.plusMinutes(1));
    managementService.executeJob(timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).getId());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection WHERE inspected_unit = :u").param("u", onTrack)
        .query(Long.class).single()).as("no item overdue, no quarterly report due yet, started 6 months ago").isZero();
    Map<String, Object> planned = jdbc.sql("""
            SELECT n.id, n.target_kind, n.inspected_committee, r.code FROM inspection n
              JOIN inspection_reason r ON r.inspection_id = n.id WHERE n.inspected_unit = :u""")
        .param("u", lagging).query().singleRow();
    assertThat(planned).containsEntry("target_kind", "UNIT").containsEntry("inspected_committee", city)
        .containsEntry("code", "OVERDUE_ITEMS");
    ProcessInstance inspection = runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.KEY)
        .superProcessInstanceId(cityRollout.getId()).variableValueEquals(InspectionProcess.Variables.INSPECTION_ID,
            ((Number) planned.get("id")).longValue()).singleResult();
    Task task = task(inspection, InspectionProcess.TASK_CONDUCT_INSPECTION);
    assertThat(task).hasName("Tiến hành kiểm tra, giám sát: Sở Thông tin và Truyền thông")
        .hasCandidateGroup(group(city, Organ.INSPECTION));
    assertThat(formVariable(task, "inspectedFiguresText")).asString().startsWith("Tổng số nội dung: 1");

    conclude(task, shortcoming("Đưa nền tảng họp trực tuyến vào vận hành tại các chi bộ còn lại", "2026-07-31"));

    assertThat(jdbc.sql("""
            SELECT i.lead_group FROM programme_item i JOIN inspection_shortcoming s ON s.item_id = i.id
             WHERE s.inspection_id = :id""").param("id", planned.get("id")).query(String.class).single())
        .isEqualTo("unit." + lagging);
    ProcessInstance remedy = runtimeService.createProcessInstanceQuery().superProcessInstanceId(inspection.getId()).singleResult();
    assertThat(task(remedy, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM)).hasCandidateGroup("unit." + lagging);

    long resolutionId = resolutionId(cityRollout);
    clockAt(LocalDateTime.of(2026, 8, 1, 9, 0));
    assertThat(inspections.unitFacts(resolutionId, city, onTrack).lateReports())
        .as("the second quarter's progress report, due by 31 July, is missing").isOne();
    jdbc.sql("""
            INSERT INTO item_progress (item_id, quarter, progress_percent, reported_at)
            SELECT id, '2026-Q2', 30, TIMESTAMP '2026-07-10 09:00:00' FROM programme_item WHERE lead_group = :g""")
        .param("g", "unit." + onTrack).update();
    assertThat(inspections.unitFacts(resolutionId, city, onTrack).lateReports()).as("sent in July: on time").isZero();
  }

  @Test
  void shouldHoldTheRoundAlreadyPlannedAndFollowAChangedCycleFromTheNextRoundOn() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    ProcessInstance wardRollout = rollout(resolutionId(cityRollout) + "/" + ward);

    // in one transaction, as a rollout's start reads it many times: the change is read after it
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      assertThat(resolutions.find(resolutionId(cityRollout)).orElseThrow().inspectionCycle()).isNotEqualTo("R/P3M");
      registration.changeInspectionCycle(resolutionId(cityRollout), "R/P3M", null);
      assertThat(resolutions.find(resolutionId(cityRollout)).orElseThrow().inspectionCycle())
          .as("the resolution as this transaction changed it").isEqualTo("R/P3M");
    });

    assertThat(runtimeService.getVariable(wardRollout.getId(), ResolutionRolloutProcess.Variables.INSPECTION_CYCLE))
        .as("every running rollout of the resolution").isEqualTo("R/P3M");
    Job round = timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE);
    assertThat(round.getDuedate()).as("the round already planned stays").isEqualTo(vietnam(FIRST_ROUND));
    clockAt(FIRST_ROUND.plusMinutes(1));
    managementService.executeJob(round.getId());

    assertThat(timer(cityRollout, ResolutionRolloutProcess.START_INSPECTION_ROUND_DUE).getDuedate())
        .as("three months after the round, no longer six").isEqualTo(vietnam(FIRST_ROUND.plusMinutes(1).plusMonths(3)));
  }

  @SafeVarargs
  private void conclude(Task task, Map<String, Object>... shortcomings) {
    Map<String, Object> form = new HashMap<>();
    form.put(InspectionProcess.FormFields.CONCLUSIONS, "Cấp ủy đã khắc phục, đang xây dựng chương trình.");
    form.put(InspectionProcess.FormFields.SHORTCOMINGS, JsonVariables.json(List.of(shortcomings)));
    formService.submitTaskForm(task.getId(), form);
  }

  private static Map<String, Object> shortcoming(String content, String deadline) {
    Map<String, Object> row = new HashMap<>();
    row.put("content", content);
    row.put("deadline", deadline);
    return row;
  }

  private ProcessInstance inspection(ProcessInstance rollout) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.KEY)
        .superProcessInstanceId(rollout.getId()).singleResult();
  }

  private long inspectionsOf(String committee) {
    return jdbc.sql("SELECT COUNT(*) FROM inspection WHERE inspected_committee = :c").param("c", committee)
        .query(Long.class).single();
  }

  private List<String> reasons(String committee) {
    return jdbc.sql("""
            SELECT r.code FROM inspection_reason r JOIN inspection n ON n.id = r.inspection_id
             WHERE n.inspected_committee = :c ORDER BY r.seq""").param("c", committee).query(String.class).list();
  }

  private String status(Map<String, Object> item) {
    return jdbc.sql("SELECT status FROM programme_item WHERE id = :id").param("id", item.get("id")).query(String.class).single();
  }
}
