package vn.rollout.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.rollout.process.ResolutionRolloutProcess.FormFields;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.quality.ProgrammeLimits;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestMail;

/** Phase 2, cụ thể hóa: the office drafts, the check and the standing committee send it back or let it through. */
class ProgrammePhaseIT extends RolloutTest {

  @Autowired Programmes programmes;

  @Test
  void shouldTakeTheNumberTypedFromThePaperRegisterOnlyWhileItIsFree() {
    String city = city();
    ProcessInstance first = register(city);
    completeStudy(first);
    submitDraft(first, concreteItem(city));
    Task approval = task(first, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    assertThat(formVariable(approval, FormFields.PROGRAMME_DOCUMENT_URL))
        .isEqualTo("/api/committees/" + city + "/programme.docx?resolution=" + resolutionId(first));
    formService.submitTaskForm(approval.getId(), Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE,
        FormFields.PROGRAMME_NUMBER, "7"));
    assertThat(programmes.find(resolutionId(first), city).orElseThrow().symbol()).isEqualTo("07-CTr/TU");

    ProcessInstance second = register(city);
    completeStudy(second);
    submitDraft(second, concreteItem(city));
    Task again = task(second, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    assertThatThrownBy(() -> formService.submitTaskForm(again.getId(), Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE,
        FormFields.PROGRAMME_NUMBER, "7")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Số 07-CTr/TU năm").hasMessageContaining("đã cấp cho văn bản khác");
    assertThatThrownBy(() -> formService.submitTaskForm(again.getId(), Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE,
        FormFields.PROGRAMME_NUMBER, "bảy")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("số nguyên dương");
    assertThat(second).isWaitingAt(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    formService.submitTaskForm(again.getId(), Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE,
        FormFields.PROGRAMME_NUMBER, ""));
    assertThat(programmes.find(resolutionId(second), city).orElseThrow().symbol())
        .as("the register's next after the highest taken").isEqualTo("08-CTr/TU");
  }

  @Test
  void shouldIssueTheProgrammeItsSymbolWhenApprovedAtFirst() {
    String city = city();
    String department = organisation.unit(city, "so-khcn", "Sở Khoa học và Công nghệ");
    ProcessInstance rollout = register(city);
    completeStudy(rollout);

    Task draft = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(draft).hasCandidateGroup(group(city, Organ.OFFICE));
    // the city issued the resolution: its own programme comes ten days before its wards' (31 March), on
    // Saturday 21 March, so by the end of Monday 23 March
    assertThat(draft.getDueDate()).isEqualTo(vietnam(LocalDate.of(2026, 3, 23).atTime(23, 59, 59)));
    assertThat(draft.getFollowUpDate()).isEqualTo(vietnam(LocalDate.of(2026, 3, 16).atTime(7, 0)));
    assertThat(formVariable(draft, FormFields.PROGRAMME_DUE_TEXT)).isEqualTo("23/03/2026");
    assertThat(JsonVariables.list(formVariable(draft, FormFields.LEAD_OPTIONS), LeadOption.class))
        .extracting(LeadOption::value)
        .containsExactly(group(city, Organ.STANDING_COMMITTEE), group(city, Organ.OFFICE), group(city, Organ.PROPAGANDA),
            group(city, Organ.INSPECTION), group(city, Organ.ORGANISATION), "unit." + department);

    submitDraft(rollout,
        new DraftItem("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", group(city, Organ.ORGANISATION),
            List.of(group(city, Organ.OFFICE), "unit." + department), false, 12_000_000_000L, "20 cán bộ", "2026-01-01",
            "2027-12-31", "Cơ sở dữ liệu đảng viên 100% hồ sơ được số hóa, kết nối với Trung ương", "100% hồ sơ", null),
        new DraftItem("Tổ chức 03 hội nghị học tập chuyên đề cho cán bộ chủ chốt", group(city, Organ.PROPAGANDA),
            List.of(), true, null, "5 báo cáo viên", null, "2026-06-30", "03 hội nghị, biên bản và danh sách dự", null, null));

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.TASK_CHECK_PROGRAMME)
        .isWaitingAt(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    Task approval = task(rollout, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    assertThat(approval).hasCandidateGroup(group(city, Organ.STANDING_COMMITTEE));
    assertThat(approval.getDueDate()).as("the programme must be issued by its deadline").isEqualTo(draft.getDueDate());
    @SuppressWarnings("unchecked")
    List<Map<String, String>> rows = JsonVariables.list(formVariable(approval, FormFields.PROGRAMME_ITEMS), Map.class)
        .stream().map(row -> (Map<String, String>) row).toList();
    assertThat(rows.get(0)).containsEntry("lead", "Ban Tổ chức Thành ủy Đà Nẵng")
        .containsEntry("coordinators", "Văn phòng Thành ủy Đà Nẵng; Sở Khoa học và Công nghệ")
        .containsEntry("means", "12.000.000.000 đồng; 20 cán bộ")
        .containsEntry("period", "01/01/2026 – 31/12/2027")
        // the approval table's merged columns (five, to fit at 1366 px)
        .containsEntry("who", "Ban Tổ chức Thành ủy Đà Nẵng; phối hợp: Văn phòng Thành ủy Đà Nẵng; Sở Khoa học và Công nghệ")
        .containsEntry("schedule", "01/01/2026 – 31/12/2027; 12.000.000.000 đồng; 20 cán bộ")
        .containsEntry("output", "Cơ sở dữ liệu đảng viên 100% hồ sơ được số hóa, kết nối với Trung ương (chỉ tiêu: 100% hồ sơ)");
    assertThat(rows.get(1)).containsEntry("means", "Không cần kinh phí; 5 báo cáo viên").containsEntry("period", "đến 30/06/2026")
        .containsEntry("who", rows.get(1).get("lead"));

    decide(rollout, FormFields.DECISION_APPROVE, null);

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.TASK_ISSUE_PROGRAMME, ResolutionRolloutProcess.END_PROGRAMME_ISSUED)
        .variables().containsEntry(ResolutionRolloutProcess.Variables.PROGRAMME_SYMBOL, "01-CTr/TU");
    Programme programme = programmes.find(resolutionId(rollout), city).orElseThrow();
    assertThat(programme.status()).isEqualTo(Programme.Status.APPROVED);
    assertThat(programme.symbol()).isEqualTo("01-CTr/TU");
    assertThat(programmes.entries(programme.id())).hasSize(2).first().satisfies(entry -> {
      assertThat(entry.lead()).isEqualTo(group(city, Organ.ORGANISATION));
      assertThat(entry.coordinators()).containsExactly(group(city, Organ.OFFICE), "unit." + department);
      assertThat(entry.budgetVnd()).isEqualTo(12_000_000_000L);
    });
    assertThat(programmes.entries(programme.id()).get(1).budgetVnd()).isZero();
  }

  @Test
  void shouldNumberTheProgrammesOfACommitteeInSequenceWithinTheYear() {
    String city = city();
    ProcessInstance first = register(city);
    ProcessInstance second = register(city);

    approveProgramme(first, city);
    approveProgramme(second, city);

    assertThat(programmes.find(resolutionId(first), city).orElseThrow().symbol()).isEqualTo("01-CTr/TU");
    assertThat(programmes.find(resolutionId(second), city).orElseThrow().symbol()).isEqualTo("02-CTr/TU");
  }

  @Test
  void shouldReturnTheDraftToTheOfficeWithTheFindingsWhenTheCheckFindsItVague() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);

    submitDraft(rollout,
        concreteItem(city),
        item("Tăng cường công tác chuyển đổi số", group(city, Organ.OFFICE), "2031-12-31", null));

    assertThat(rollout).hasPassedInOrder(ResolutionRolloutProcess.TASK_CHECK_PROGRAMME,
            ResolutionRolloutProcess.GATEWAY_PROGRAMME_CONCRETE, ResolutionRolloutProcess.GATEWAY_DRAFT_MERGE)
        .isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    Task again = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(again).hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(JsonVariables.list(formVariable(again, FormFields.CHECK_FINDINGS), String.class))
        .contains("Nhiệm vụ 2: Chưa xác định kết quả đầu ra cụ thể.")
        .anyMatch(finding -> finding.startsWith("Nhiệm vụ 2: Thời hạn hoàn thành nằm ngoài nhiệm kỳ"));
    List<DraftItem> items = JsonVariables.list(formVariable(again, FormFields.ITEMS), DraftItem.class);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).findings()).isNull();
    assertThat(items.get(1).findings()).contains("Chưa xác định kết quả đầu ra cụ thể.");
    assertThat(items.get(1).content()).isEqualTo("Tăng cường công tác chuyển đổi số");

    submitDraft(rollout, concreteItem(city));

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
  }

  @Test
  void shouldReturnTheDraftWithTheStandingCommitteesCommentsWhenItReturnsIt() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    submitDraft(rollout, concreteItem(city));

    decide(rollout, FormFields.DECISION_RETURN, "Bổ sung nội dung về kinh phí từ nguồn xã hội hóa.");

    assertThat(rollout).hasPassedInOrder(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME,
            ResolutionRolloutProcess.GATEWAY_PROGRAMME_APPROVED, ResolutionRolloutProcess.GATEWAY_DRAFT_MERGE)
        .isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    Task again = task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(formVariable(again, FormFields.REVIEW_COMMENTS)).isEqualTo("Bổ sung nội dung về kinh phí từ nguồn xã hội hóa.");
    assertThat(JsonVariables.list(formVariable(again, FormFields.ITEMS), DraftItem.class)).hasSize(1);
    assertThat(programmes.find(resolutionId(rollout), city).orElseThrow().status()).isEqualTo(Programme.Status.RETURNED);

    submitDraft(rollout, concreteItem(city));
    decide(rollout, FormFields.DECISION_APPROVE, null);

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_PROGRAMME_ISSUED);
  }

  @Test
  void shouldNotReturnTheDraftWithoutComments() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    submitDraft(rollout, concreteItem(city));

    assertThatThrownBy(() -> decide(rollout, FormFields.DECISION_RETURN, " "))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Khi trả lại chương trình, cần ghi rõ ý kiến để Văn phòng sửa.");

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
  }

  @Test
  void shouldRefuseALeadThatIsNotTheCommitteesAndKeepTheDraftOpen() {
    String city = city();
    String otherCity = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);

    assertThatThrownBy(() -> submitDraft(rollout,
        item("Số hóa hồ sơ đảng viên", group(otherCity, Organ.OFFICE), "2026-12-31", "1.250 hồ sơ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Nhiệm vụ 1: cơ quan, đơn vị chủ trì không thuộc cấp ủy này.");

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(programmes.find(resolutionId(rollout), city)).isEmpty();
  }

  @Test
  void shouldRemindTheOfficeByMailOnceSevenDaysBeforeTheProgrammeDeadline() {
    String city = city();
    String office = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    Job reminder = timer(rollout, ResolutionRolloutProcess.START_PROGRAMME_REMINDER_DUE);
    assertThat(reminder.getDuedate()).as("a week before the city's Monday 23 March").isEqualTo(vietnam(LocalDateTime.of(2026, 3, 16, 7, 0)));

    clockAt(LocalDateTime.of(2026, 3, 16, 7, 0));
    managementService.executeJob(reminder.getId());
    deliverMails();

    assertThat(rollout).hasPassed(ResolutionRolloutProcess.TASK_RECORD_PROGRAMME_REMINDER,
        ResolutionRolloutProcess.END_PROGRAMME_REMINDER_RECORDED).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(jdbc.sql("""
            SELECT m.target_group FROM reminder m JOIN rollout o ON o.id = m.rollout_id
             WHERE o.committee_code = :c AND m.kind = 'PROGRAMME_DUE' AND m.due_date = :due""")
        .param("c", city).param("due", LocalDate.of(2026, 3, 23)).query(String.class).list())
        .containsExactly(group(city, Organ.OFFICE));
    assertThat(TestMail.to(office)).singleElement().satisfies(mail -> {
      assertThat(TestMail.subject(mail)).startsWith("[Nhắc hạn] ").endsWith(": chương trình hành động phải ban hành chậm nhất ngày 23/03/2026");
      assertThat(TestMail.text(mail)).startsWith("Kính gửi: Văn phòng").contains("phải được ban hành chậm nhất ngày 23/03/2026");
    });
  }

  @Test
  void shouldEscalateALateProgrammeToTheSuperiorsOfficeWhileTheDraftStaysOpen() {
    String city = city();
    String ward = ward(city);
    String cityOffice = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    ProcessInstance cityRollout = register(city);
    runAsyncJobs(cityRollout);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    ProcessInstance wardRollout = rollout(resolutionId(cityRollout) + "/" + ward);
    completeStudy(wardRollout);
    Task draft = task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(draft.getDueDate()).as("the ward's: the resolution's date").isEqualTo(vietnam(PROGRAMME_DUE.atTime(23, 59, 59)));
    Job overdue = timer(wardRollout, ResolutionRolloutProcess.START_PROGRAMME_OVERDUE);
    assertThat(overdue.getDuedate()).isEqualTo(draft.getDueDate());

    clockAt(LocalDateTime.of(2026, 4, 1, 8, 0));
    managementService.executeJob(overdue.getId());
    deliverMails();

    Task escalation = task(wardRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_PROGRAMME);
    assertThat(escalation).hasName("Nhắc nhở cấp dưới chậm ban hành chương trình").hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(escalation.getDueDate()).as("the fifth working day after Wednesday 1 April")
        .isEqualTo(vietnam(LocalDateTime.of(2026, 4, 8, 23, 59, 59)));
    assertThat(formVariable(escalation, "committeeName")).isEqualTo("Đảng ủy phường Hải Châu");
    assertThat(formVariable(escalation, FormFields.PROGRAMME_DUE_TEXT)).isEqualTo("31/03/2026");
    assertThat(TestMail.to(cityOffice)).as("the superior's office is mailed once").singleElement().satisfies(mail -> {
      assertThat(TestMail.subject(mail)).startsWith("[Quá hạn] ").endsWith(": Đảng ủy phường Hải Châu chưa ban hành chương trình hành động");
      assertThat(TestMail.text(mail)).contains("Đến hết ngày 31/03/2026, Đảng ủy phường Hải Châu chưa ban hành chương trình hành động");
    });
    assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).as("the ward's own task stays open")
        .hasCandidateGroup(group(ward, Organ.OFFICE));

    formService.submitTaskForm(escalation.getId(), Map.of("reminderNote", "Đã có công văn đôn đốc ngày 02/4/2026."));
    assertThat(wardRollout).hasPassed(ResolutionRolloutProcess.END_LATE_PROGRAMME_REMINDED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
  }

  @Test
  void shouldWithdrawTheProgrammeEscalationOnceTheProgrammeIsIssued() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    clockAt(LocalDateTime.of(2026, 3, 24, 8, 0));
    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.START_PROGRAMME_OVERDUE).getId());
    Task escalation = task(rollout, ResolutionRolloutProcess.TASK_REMIND_LATE_PROGRAMME);
    assertThat(escalation).as("a top-level committee has no superior: its own office is reminded")
        .hasCandidateGroup(group(city, Organ.OFFICE));

    submitDraft(rollout, concreteItem(city));
    decide(rollout, FormFields.DECISION_APPROVE, null);

    assertThat(taskService.createTaskQuery().taskId(escalation.getId()).count()).isZero();
    assertThat(rollout).hasPassed(ResolutionRolloutProcess.END_PROGRAMME_ISSUED);
    assertThat(managementService.createJobQuery().processInstanceId(rollout.getId())
        .activityId(ResolutionRolloutProcess.START_PROGRAMME_REMINDER_DUE).count()).as("the reminder went with the phase").isZero();
  }

  @Test
  void shouldRefuseADraftAboveTheLimitsNamingTheFieldAndKeepTheDraftOpen() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    String office = group(city, Organ.OFFICE);
    DraftItem[] tooMany = new DraftItem[ProgrammeLimits.ITEMS + 1];
    Arrays.fill(tooMany, concreteItem(city));
    DraftItem tooLong = item("Số hóa hồ sơ đảng viên " + "x".repeat(ProgrammeLimits.CONTENT), office, "2026-12-31", "1.250 hồ sơ");

    assertThatThrownBy(() -> submitDraft(rollout, tooMany))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chương trình có 301 nhiệm vụ, vượt quá giới hạn 300 nhiệm vụ của một chương trình.");
    assertThatThrownBy(() -> submitDraft(rollout, concreteItem(city), tooLong))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Nhiệm vụ 2: nội dung dài 2023 ký tự, vượt quá giới hạn 2000 ký tự.");

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(programmes.find(resolutionId(rollout), city)).isEmpty();
  }

  @Test
  void shouldStoreADraftPastedFromWordInNfcAndCheckItAsTyped() {
    String city = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    DraftItem pasted = item(Normalizer.normalize("Tổ chức 03 hội nghị học tập chuyên đề cho cán bộ chủ chốt", Normalizer.Form.NFD),
        group(city, Organ.PROPAGANDA), "2026-06-30", Normalizer.normalize("03 hội nghị, biên bản và danh sách dự", Normalizer.Form.NFD));

    submitDraft(rollout, pasted);

    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    ProgrammeEntry entry = programmes.entries(programmes.find(resolutionId(rollout), city).orElseThrow().id()).get(0);
    assertThat(entry.content()).isEqualTo("Tổ chức 03 hội nghị học tập chuyên đề cho cán bộ chủ chốt");
    assertThat(entry.output()).isEqualTo("03 hội nghị, biên bản và danh sách dự");
  }
}
