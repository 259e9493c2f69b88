package vn.rollout.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.ItemStatus;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestMail;

/**
 * Phase 3, tổ chức thực hiện: each item of the approved programme as its own instance, on time, late,
 * overdue, extended or not, with its reminders by mail and its quarterly progress reports.
 */
class ItemExecutionIT extends RolloutTest {

  static final String CONTENT = "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố";
  static final LocalDate DEADLINE = LocalDate.of(2027, 12, 31);
  static final LocalDateTime REMINDER = DEADLINE.minusDays(7).atTime(7, 0);
  static final LocalDateTime OVERDUE = DEADLINE.atTime(23, 59, 59);

  @Autowired ItemNotices notices;

  String city;
  ProcessInstance rollout;
  ProcessInstance item;
  long itemId;

  @BeforeEach
  void approveTheCitysProgramme() {
    city = city();
    rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);
    item = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.getId()).singleResult();
    itemId = ((Number) runtimeService.getVariable(item.getId(), ProgrammeItemExecutionProcess.Variables.ITEM_ID)).longValue();
  }

  @Test
  void shouldOfferTheItemToItsLeadAndCloseItOnTimeWithItsOutput() {
    Task task = task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(task).hasName("Thực hiện: " + CONTENT).hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(task.getDueDate()).isEqualTo(vietnam(OVERDUE));
    assertThat(item.getBusinessKey()).isEqualTo(rollout.getBusinessKey());
    assertThat(phase()).isEqualTo("EXECUTION");
    assertThat(status()).isEqualTo(ItemStatus.NOT_STARTED);

    submit(Map.of(FormFields.ACTION, "PROGRESS", FormFields.PROGRESS_PERCENT, 40, FormFields.STATUS_NOTE, "Đã số hóa 12 đảng bộ."));
    assertThat(status()).as("in progress, on time: blue").isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(item).isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(formVariable(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM), FormFields.ITEM_STATUS_TEXT))
        .isEqualTo("Đang thực hiện, đúng hạn (40%)");

    assertThatThrownBy(() -> submit(Map.of(FormFields.ACTION, "DONE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chưa nhập kết quả đầu ra đạt được: không thể hoàn thành nội dung.");

    clockAt(LocalDateTime.of(2027, 11, 20, 10, 0));
    submitDone();

    assertThat(status()).as("done on time: green").isEqualTo(ItemStatus.DONE_ON_TIME);
    assertThat(item).hasPassed(ProgrammeItemExecutionProcess.END_ITEM_DONE, ProgrammeItemExecutionProcess.END_ITEM_EXECUTED).isEnded();
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.SUB_PROCESS_EXECUTION);

    clockAt(OVERDUE.plusDays(1));
    assertThat(managementService.createJobQuery().processInstanceId(item.getId()).count())
        .as("the deadline after completion fires nothing").isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE subject = :s").param("s", "item:" + itemId).query(Long.class).single())
        .isZero();
  }

  @Test
  void shouldRemindTheLeadByMailOnceSevenDaysBeforeTheDeadline() {
    String email = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    Job reminder = timer(item, ProgrammeItemExecutionProcess.START_ITEM_REMINDER_DUE);
    assertThat(reminder.getDuedate()).isEqualTo(vietnam(REMINDER));

    clockAt(REMINDER);
    managementService.executeJob(reminder.getId());
    deliverMails();

    List<MimeMessage> mails = TestMail.to(email);
    assertThat(mails).hasSize(1);
    assertThat(TestMail.subject(mails.get(0))).startsWith("[Nhắc hạn] ").endsWith(": nhiệm vụ của chương trình hết hạn ngày 31/12/2027");
    assertThat(TestMail.text(mails.get(0))).startsWith("Kính gửi: ").contains("Nhiệm vụ \"" + CONTENT + "\"")
        .contains("phải hoàn thành chậm nhất ngày 31/12/2027");
    assertThat(item).isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);

    List<String> queued = mailJobs().stream().map(Job::getId).toList(); // other tests' mails, not yet due
    notices.remindLead(rolloutId(), resolutionId(rollout), itemId);
    assertThat(mailJobs()).as("a reminder recorded again queues no second mail").extracting(Job::getId)
        .containsExactlyInAnyOrderElementsOf(queued);
    assertThat(TestMail.to(email)).as("a retried job sends nothing twice").hasSize(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE subject = :s AND kind = 'ITEM_DUE' AND sent_at IS NOT NULL")
        .param("s", "item:" + itemId).query(Long.class).single()).isOne();
  }

  @Test
  void shouldKeepTheEscalationWhenItsMailCannotBeSentAndSendItWhenRetried() {
    String official = member(group(city, Organ.OFFICE), "vp-thu-sai");
    var user = identityService.createUserQuery().userId(official).singleResult();
    user.setEmail("vp thu sai@@danang");
    identityService.saveUser(user);
    clockAt(OVERDUE.plusMinutes(1));
    managementService.executeJob(timer(item, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).getId());
    Job mail = mailJobs().stream().filter(job -> item.getId().equals(job.getProcessInstanceId())).findFirst().orElseThrow();

    assertThatThrownBy(() -> managementService.executeJob(mail.getId())).as("the mail server refuses the address");

    assertThat(status()).as("the timer's work stands: red").isEqualTo(ItemStatus.OVERDUE);
    assertThat(task(item, ProgrammeItemExecutionProcess.TASK_FOLLOW_UP_OVERDUE_ITEM)).as("and its escalation").isNotNull();
    assertThat(managementService.createJobQuery().jobId(mail.getId()).singleResult().getRetries())
        .as("the mail is retried by the engine").isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE subject = :s AND kind = 'ITEM_OVERDUE' AND sent_at IS NULL")
        .param("s", "item:" + itemId).query(Long.class).single()).as("its claim rolled back").isOne();

    user.setEmail(official + "@danang.dcs.vn");
    identityService.saveUser(user);
    managementService.executeJob(mail.getId());
    assertThat(TestMail.to(official + "@danang.dcs.vn")).singleElement()
        .satisfies(sent -> assertThat(TestMail.subject(sent)).startsWith("[Quá hạn] "));

    // the reminder's row records when the mail was queued and sent: its job log keeps the failure only
    assertThat(historyService.createHistoricJobLogQuery().jobId(mail.getId()).list())
        .as("the mail job's log").singleElement()
        .satisfies(log -> assertThat(log.isFailureLog()).isTrue())
        .satisfies(log -> assertThat(log.getJobExceptionMessage()).isNotBlank());
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(item.getId())
        .activityIdIn(ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).list())
        .as("the timer's job log, as ever").extracting(log -> log.isCreationLog(), log -> log.isSuccessLog())
        .contains(org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, true));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE subject = :s AND kind = 'ITEM_OVERDUE' AND sent_at IS NOT NULL")
        .param("s", "item:" + itemId).query(Long.class).single()).as("its row says it was sent").isOne();
  }

  @Test
  void shouldMailAReminderRecordedBeforeWithoutItsMailOnceMore() {
    String email = memberWithEmail(group(city, Organ.OFFICE), "vp-nhac-lai");
    String lead = jdbc.sql("SELECT lead_group FROM programme_item WHERE id = :id").param("id", itemId).query(String.class).single();
    // as a timer recorded it before reminders carried their mail
    jdbc.sql("""
            INSERT INTO reminder (rollout_id, kind, due_date, target_group, subject, recorded_at)
            VALUES (:rollout, 'ITEM_DUE', :due, :lead, :subject, CURRENT_TIMESTAMP)""")
        .param("rollout", rolloutId()).param("due", DEADLINE).param("lead", lead).param("subject", "item:" + itemId).update();
    clockAt(REMINDER);

    notices.remindLead(rolloutId(), resolutionId(rollout), itemId);
    deliverMails();
    notices.remindLead(rolloutId(), resolutionId(rollout), itemId);
    deliverMails();

    assertThat(TestMail.to(email)).as("its mail written and sent once").singleElement()
        .satisfies(sent -> assertThat(TestMail.subject(sent)).startsWith("[Nhắc hạn] "));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE subject = :s AND kind = 'ITEM_DUE'")
        .param("s", "item:" + itemId).query(Long.class).single()).as("one row").isOne();
  }

  @Test
  void shouldTurnAnOverdueItemRedEscalateToTheOfficeAndOrangeWhenDoneLate() {
    String email = memberWithEmail(group(city, Organ.OFFICE), "vp-theo-doi");
    Job overdue = timer(item, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE);
    clockAt(OVERDUE.minusSeconds(1));
    assertThat(managementService.createJobQuery().jobId(overdue.getId()).executable().count()).isZero();

    clockAt(OVERDUE.plusMinutes(1));
    managementService.executeJob(overdue.getId());
    deliverMails();

    assertThat(status()).as("overdue: red").isEqualTo(ItemStatus.OVERDUE);
    assertThat(ItemStatus.OVERDUE.colour()).isEqualTo("red");
    Task followUp = task(item, ProgrammeItemExecutionProcess.TASK_FOLLOW_UP_OVERDUE_ITEM);
    assertThat(followUp).hasName("Đôn đốc nhiệm vụ quá hạn: " + CONTENT).hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM)).as("the item's task stays open").isNotNull();
    assertThat(TestMail.to(email)).singleElement().satisfies(mail -> {
      assertThat(TestMail.subject(mail)).startsWith("[Quá hạn] ");
      assertThat(TestMail.text(mail)).contains("đã quá hạn (hạn 31/12/2027) mà chưa hoàn thành");
    });

    formService.submitTaskForm(followUp.getId(), Map.of(FormFields.FOLLOW_UP_NOTE, "Đã làm việc với Ban Tổ chức ngày 02/01/2028."));
    submit(Map.of(FormFields.ACTION, "PROGRESS", FormFields.PROGRESS_PERCENT, 90));
    assertThat(status()).as("still red while open").isEqualTo(ItemStatus.OVERDUE);

    clockAt(LocalDateTime.of(2028, 1, 15, 9, 0));
    submitDone();

    assertThat(status()).as("done late: orange").isEqualTo(ItemStatus.DONE_LATE);
    assertThat(ItemStatus.DONE_LATE.colour()).isEqualTo("orange");
    assertThat(item).hasPassed(ProgrammeItemExecutionProcess.END_ITEM_EXECUTED).isEnded();
  }

  @Test
  void shouldMoveTheDeadlineAndItsTimersWhenTheStandingCommitteeApprovesAnExtension() {
    assertThatThrownBy(() -> submit(extension("2027-06-30", "Chờ kinh phí")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Thời hạn mới phải sau thời hạn hiện hành (31/12/2027).");
    assertThatThrownBy(() -> submit(extension("2028-06-30", " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chưa nêu lý do đề nghị gia hạn.");

    submit(extension("2028-06-30", "Kinh phí năm 2027 được bố trí chậm hai quý."));
    Task decision = task(item, ProgrammeItemExecutionProcess.TASK_DECIDE_EXTENSION);
    assertThat(decision).hasCandidateGroup(group(city, Organ.STANDING_COMMITTEE)).hasName("Xem xét đề nghị gia hạn: " + CONTENT);
    assertThat(formVariable(decision, FormFields.REQUESTED_DUE)).isEqualTo("30/06/2028");

    formService.submitTaskForm(decision.getId(), Map.of(FormFields.DECISION, "APPROVE"));

    LocalDateTime newDeadline = LocalDate.of(2028, 6, 30).atTime(23, 59, 59);
    assertThat(item).hasPassed(ProgrammeItemExecutionProcess.END_EXTENSION_GRANTED)
        .isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(jdbc.sql("SELECT due_date FROM programme_item WHERE id = :id").param("id", itemId).query(LocalDate.class).single())
        .isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getDueDate()).isEqualTo(vietnam(newDeadline));
    assertThat(timer(item, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).getDuedate()).isEqualTo(vietnam(newDeadline));
    assertThat(timer(item, ProgrammeItemExecutionProcess.START_ITEM_REMINDER_DUE).getDuedate())
        .isEqualTo(vietnam(LocalDateTime.of(2028, 6, 23, 7, 0)));

    clockAt(OVERDUE.plusDays(1));
    assertThat(managementService.createJobQuery().processInstanceId(item.getId()).executable().list())
        .as("the old deadline fires nothing; only the quarterly report is due")
        .extracting(Job::getJobDefinitionId)
        .containsOnly(timer(item, ProgrammeItemExecutionProcess.START_QUARTER_DUE).getJobDefinitionId());
  }

  @Test
  void shouldKeepTheDeadlineWhenTheStandingCommitteeRejectsAnExtension() {
    submit(extension("2028-03-31", "Đơn vị phối hợp chưa bàn giao dữ liệu."));
    Task decision = task(item, ProgrammeItemExecutionProcess.TASK_DECIDE_EXTENSION);

    assertThatThrownBy(() -> formService.submitTaskForm(decision.getId(), Map.of(FormFields.DECISION, "REJECT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Khi không đồng ý gia hạn, cần ghi rõ lý do.");
    formService.submitTaskForm(decision.getId(),
        Map.of(FormFields.DECISION, "REJECT", FormFields.DECISION_NOTE, "Nội dung trọng tâm, phải hoàn thành đúng hạn."));

    assertThat(item).isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(jdbc.sql("SELECT due_date FROM programme_item WHERE id = :id").param("id", itemId).query(LocalDate.class).single())
        .isEqualTo(DEADLINE);
    assertThat(jdbc.sql("SELECT approved FROM item_extension WHERE item_id = :id").param("id", itemId).query(Boolean.class).single())
        .isFalse();
    assertThat(timer(item, ProgrammeItemExecutionProcess.START_ITEM_OVERDUE).getDuedate()).isEqualTo(vietnam(OVERDUE));
  }

  @Test
  void shouldAskTheLeadForAQuarterlyProgressReportWhileTheItemIsOpen() {
    Job quarter = timer(item, ProgrammeItemExecutionProcess.START_QUARTER_DUE);
    LocalDateTime firstOfQuarter = LocalDateTime.of(2026, 1, 1, 7, 0);
    assertThat(quarter.getDuedate()).isEqualTo(vietnam(firstOfQuarter));

    clockAt(firstOfQuarter);
    managementService.executeJob(quarter.getId());

    Task report = task(item, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);
    assertThat(report).hasName("Báo cáo tiến độ quý: " + CONTENT).hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(formVariable(report, FormFields.QUARTER_TEXT)).isEqualTo("Quý IV/2025");
    assertThat(timer(item, ProgrammeItemExecutionProcess.START_QUARTER_DUE).getDuedate())
        .as("the next quarter").isEqualTo(vietnam(LocalDateTime.of(2026, 4, 1, 7, 0)));

    formService.submitTaskForm(report.getId(), Map.of(FormFields.PROGRESS_PERCENT, 25, FormFields.TARGET_REACHED, "310/1.250 hồ sơ"));

    assertThat(jdbc.sql("SELECT quarter, progress_percent, figure FROM item_progress WHERE item_id = :id").param("id", itemId)
        .query((rs, row) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3)).single())
        .isEqualTo("2025-Q4 25 310/1.250 hồ sơ");
    assertThat(status()).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(item).isWaitingAt(ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
  }

  // --- steps ---

  private void submit(Map<String, Object> form) {
    Task task = task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    formService.submitTaskForm(task.getId(), form);
  }

  private void submitDone() {
    submit(Map.of(FormFields.ACTION, "DONE",
        FormFields.OUTPUT_ACHIEVED, "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, đã kết nối với Trung ương",
        FormFields.TARGET_REACHED, "1.250/1.250 hồ sơ",
        FormFields.EVIDENCE, "Báo cáo số 125-BC/TU"));
  }

  private static Map<String, Object> extension(String due, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.ACTION, "EXTEND");
    form.put(FormFields.REQUESTED_DUE, due);
    form.put(FormFields.EXTENSION_REASON, reason);
    return form;
  }

  private ItemStatus status() {
    return ItemStatus.valueOf(jdbc.sql("SELECT status FROM programme_item WHERE id = :id").param("id", itemId)
        .query(String.class).single());
  }

  private String phase() {
    return jdbc.sql("SELECT phase FROM rollout WHERE id = :id").param("id", rolloutId()).query(String.class).single();
  }

  private long rolloutId() {
    return ((Number) runtimeService.getVariable(rollout.getId(), ResolutionRolloutProcess.Variables.ROLLOUT_ID)).longValue();
  }
}
