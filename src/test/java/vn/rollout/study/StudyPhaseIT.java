package vn.rollout.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.rollout.Rollouts;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestMail;

/**
 * Phase 1, học tập, quán triệt: the record, its server-side checks, the reminder and the escalation,
 * each on the study deadline of the committee's level: the resolution's 31 January 2026 is the wards'
 * (a Saturday: Monday 2 February), the city, which issued it, studies by ten days later.
 */
class StudyPhaseIT extends RolloutTest {

  static final LocalDate CITY_STUDY_DUE = LocalDate.of(2026, 2, 10);
  static final LocalDate WARD_STUDY_DUE = LocalDate.of(2026, 2, 2);
  static final LocalDateTime REMINDER = CITY_STUDY_DUE.minusDays(7).atTime(7, 0);
  static final LocalDateTime OVERDUE = CITY_STUDY_DUE.atTime(23, 59, 59);
  static final LocalDateTime WARD_OVERDUE = WARD_STUDY_DUE.atTime(23, 59, 59);

  @Autowired Rollouts rollouts;

  @Test
  void shouldRecordTheStudySessionsAndMoveOnToTheProgramme() {
    String city = city();
    ProcessInstance rollout = register(city);

    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(study).hasCandidateGroup(group(city, Organ.PROPAGANDA));
    assertThat(study.getDueDate()).isEqualTo(vietnam(OVERDUE));
    assertThat(study.getFollowUpDate()).isEqualTo(vietnam(REMINDER));
    assertThat(formVariable(study, "studyDueText")).isEqualTo("10/02/2026");
    assertThat(JsonVariables.list(formVariable(study, "sessions"), StudySession.class)).as("one session to fill in").hasSize(1);

    completeStudy(rollout);

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_STUDY_COMPLETED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    long rolloutId = rollouts.find(resolutionId(rollout), city).orElseThrow().id();
    assertThat(jdbc.sql("SELECT on_time FROM study_report WHERE rollout_id = :id").param("id", rolloutId)
        .query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("SELECT SUM(attended) FROM study_session WHERE rollout_id = :id").param("id", rolloutId)
        .query(Integer.class).single()).isEqualTo(118 + 1190);
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId()).timers()
        .activityId(ResolutionRolloutProcess.BOUNDARY_STUDY_REMINDER_DUE).count()
        + managementService.createJobQuery().processInstanceId(rollout.getId()).timers()
        .activityId(ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).count())
        .as("the study's timers went with its task").isZero();
  }

  @Test
  void shouldRefuseMoreAttendeesThanInvitedAndKeepTheTaskOpen() {
    String city = city();
    ProcessInstance rollout = register(city);

    assertThatThrownBy(() -> submitStudy(rollout, session("2025-12-10", "KEY_OFFICIALS", "IN_PERSON", 100, 120)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Buổi 1: số tham dự (120) không thể lớn hơn số được triệu tập (100).");

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM study_report r JOIN rollout o ON o.id = r.rollout_id WHERE o.committee_code = :c")
        .param("c", city).query(Long.class).single()).isZero();
  }

  @Test
  void shouldRefuseARecordWithoutSessionsOrWithASessionOutsideTheTerm() {
    ProcessInstance rollout = register(city());

    assertThatThrownBy(() -> submitStudy(rollout))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chưa ghi buổi học tập, quán triệt nào: cần ít nhất một buổi.");
    assertThatThrownBy(() -> submitStudy(rollout, session("2025-09-30", "MEMBERS", "ONLINE", 10, 9)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Buổi 1: ngày 30/09/2025 nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
  }

  @Test
  void shouldRemindTheStudyGroupByMailOnceSevenDaysBeforeTheStudyDeadline() {
    String city = city();
    String propaganda = memberWithEmail(group(city, Organ.PROPAGANDA), "tuyen-giao");
    ProcessInstance rollout = register(city);
    Job reminder = timer(rollout, ResolutionRolloutProcess.BOUNDARY_STUDY_REMINDER_DUE);
    assertThat(reminder.getDuedate()).isEqualTo(vietnam(REMINDER));

    clockAt(REMINDER.minusMinutes(1));
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId()).executable().count()).isZero();

    clockAt(REMINDER);
    managementService.executeJob(reminder.getId());
    deliverMails();

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.TASK_RECORD_STUDY_REMINDER,
            ResolutionRolloutProcess.END_STUDY_REMINDER_RECORDED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(jdbc.sql("""
            SELECT m.target_group FROM reminder m JOIN rollout o ON o.id = m.rollout_id
             WHERE o.committee_code = :c AND m.kind = 'STUDY_DUE' AND m.due_date = :due""")
        .param("c", city).param("due", CITY_STUDY_DUE).query(String.class).list())
        .containsExactly(group(city, Organ.PROPAGANDA));
    assertThat(TestMail.to(propaganda)).singleElement().satisfies(mail -> {
      assertThat(TestMail.subject(mail)).startsWith("[Nhắc hạn] ").endsWith("-NQ/TU: học tập, quán triệt nghị quyết hết hạn ngày 10/02/2026");
      assertThat(TestMail.text(mail)).startsWith("Kính gửi: Ban Tuyên giáo Thành ủy Đà Nẵng,")
          .contains("phải hoàn thành chậm nhất ngày 10/02/2026");
    });
  }

  @Test
  void shouldEscalateOverdueStudyToTheSuperiorsOfficeWhileTheTaskStaysOpen() {
    String city = city();
    String ward = ward(city);
    String cityOffice = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    ProcessInstance cityRollout = register(city);
    ProcessInstance wardRollout = runtimeService.createProcessInstanceQuery()
        .processInstanceId(rollouts.start(resolutionId(cityRollout), ward, null).processInstanceId()).singleResult();
    Job overdue = timer(wardRollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE);
    assertThat(overdue.getDuedate()).as("the ward's own deadline").isEqualTo(vietnam(WARD_OVERDUE));

    clockAt(WARD_OVERDUE.minusSeconds(1));
    assertThat(managementService.createJobQuery().jobId(overdue.getId()).executable().count()).isZero();

    clockAt(WARD_OVERDUE.plusMinutes(1));
    managementService.executeJob(overdue.getId());
    deliverMails();

    Task escalation = task(wardRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY);
    assertThat(escalation).hasName("Nhắc nhở cấp dưới chậm tổ chức học tập").hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(escalation.getDueDate()).as("the fifth working day after Tuesday 3 February")
        .isEqualTo(vietnam(LocalDate.of(2026, 2, 10).atTime(23, 59, 59)));
    assertThat(taskService.createTaskQuery().taskCandidateGroup(group(ward, Organ.OFFICE))
        .taskDefinitionKey(ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY).count()).isZero();
    assertThat(formVariable(escalation, "committeeName")).isEqualTo("Đảng ủy phường Hải Châu");
    assertThat(TestMail.to(cityOffice)).as("the superior's office is mailed once").singleElement()
        .satisfies(mail -> assertThat(TestMail.text(mail))
            .contains("Đến hết ngày 02/02/2026, Đảng ủy phường Hải Châu chưa ghi kết quả học tập, quán triệt Nghị quyết ").contains("-NQ/TU."));
    assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
        .as("the ward's own task stays open").isNotNull().hasCandidateGroup(group(ward, Organ.PROPAGANDA));

    formService.submitTaskForm(escalation.getId(),
        java.util.Map.of("reminderNote", "Đã gọi điện cho đồng chí Bí thư Đảng ủy phường ngày 02/02/2026."));

    assertThat(wardRollout).hasPassed(ResolutionRolloutProcess.END_LATE_STUDY_REMINDED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    completeStudy(wardRollout);
    assertThat(jdbc.sql("SELECT on_time FROM study_report r JOIN rollout o ON o.id = r.rollout_id WHERE o.committee_code = :c")
        .param("c", ward).query(Boolean.class).single()).as("recorded late").isFalse();
  }

  @Test
  void shouldWithdrawTheEscalationOnceTheStudyIsRecorded() {
    String city = city();
    ProcessInstance rollout = register(city);
    clockAt(OVERDUE.plusDays(1));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).getId());

    Task escalation = task(rollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY);
    assertThat(escalation).as("a top-level committee has no superior: its own office is reminded")
        .hasCandidateGroup(group(city, Organ.OFFICE));

    completeStudy(rollout);

    assertThat(taskService.createTaskQuery().taskId(escalation.getId()).count()).isZero();
    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
  }
}
