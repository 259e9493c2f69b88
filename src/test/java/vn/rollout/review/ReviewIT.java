package vn.rollout.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;
import vn.rollout.support.TestMail;

/**
 * Mid-term review across two levels: a ward on time, a ward late, and the city's office told once, at
 * the cut-off, who has not reported.
 */
class ReviewIT extends RolloutTest {

  static final LocalDateTime OPENS = LocalDateTime.of(2028, 2, 1, 7, 0);
  static final LocalDateTime CUTOFF = LocalDateTime.of(2028, 4, 20, 23, 59, 59);

  @Autowired TestRestTemplate http;
  @Autowired Reviews reviews;

  @Test
  void shouldEscalateOnceToTheSuperiorListingTheSubordinatesThatHaveNotReportedAndRecordALateReport() {
    String city = city();
    String onTime = ward(city);
    String late = ward(city);
    String cityOffice = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    ProcessInstance onTimeRollout = rollout(resolutionId(cityRollout) + "/" + onTime);
    ProcessInstance lateRollout = rollout(resolutionId(cityRollout) + "/" + late);
    approveProgramme(onTimeRollout, onTime);
    approveProgramme(lateRollout, late);
    ProcessInstance cityReview = review(cityRollout);
    ProcessInstance onTimeReview = review(onTimeRollout);
    ProcessInstance lateReview = review(lateRollout);

    clockAt(OPENS);
    for (ProcessInstance review : List.of(cityReview, onTimeReview, lateReview)) {
      managementService.executeJob(timer(review, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    }
    assertThatThrownBy(() -> submit(onTimeReview, Map.of("resultsEconomy", "Thu ngân sách đạt 105% dự toán.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chưa đánh giá kết quả trên lĩnh vực văn hóa – xã hội.");
    Map<String, Object> limitation = new HashMap<>();
    limitation.put("limitation", "Số hóa hồ sơ đảng viên còn chậm");
    limitation.put("responsible", null);
    assertThatThrownBy(() -> submit(onTimeReview, report(limitation)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Hạn chế 1: chưa nêu cơ quan, đơn vị chịu trách nhiệm.");
    limitation.put("responsible", "Văn phòng Đảng ủy phường");
    clockAt(CUTOFF.minusDays(5));
    submit(onTimeReview, report(limitation));
    assertThat(reportDocument(onTimeReview))
        .as("the DOCX the report task links to carries what the office wrote in the form")
        .contains("a) Kinh tế: Thu ngân sách đạt 105% dự toán.", "b) Văn hóa – xã hội: 100% trường học đạt chuẩn quốc gia.",
            "c) Xây dựng Đảng và hệ thống chính trị: Kết nạp 45 đảng viên mới.",
            "- Số hóa hồ sơ đảng viên còn chậm (trách nhiệm: Văn phòng Đảng ủy phường).", "Đẩy nhanh số hóa trong năm 2028.")
        .doesNotContain("Chưa có nội dung");

    clockAt(CUTOFF);
    List<String> queuedBefore = mailJobs().stream().map(Job::getId).toList(); // other tests' mails, not yet due
    for (ProcessInstance review : List.of(cityReview, onTimeReview, lateReview)) {
      managementService.executeJob(timer(review, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    }
    assertThat(TestMail.to(cityOffice)).as("the cut-off only queues the mail: it goes out in a job of its own").isEmpty();
    assertThat(mailJobs()).filteredOn(job -> !queuedBefore.contains(job.getId()))
        .as("queued on the city's review instance").singleElement()
        .satisfies(job -> assertThat(job.getProcessInstanceId()).isEqualTo(cityReview.getId()));
    deliverMails();

    List<Task> escalations = taskService.createTaskQuery().taskCandidateGroup(group(city, Organ.OFFICE))
        .taskDefinitionKey(CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS).list();
    assertThat(escalations).as("one escalation, at the superior").hasSize(1);
    assertThat(escalations.get(0)).hasName("Đôn đốc cấp dưới chậm gửi báo cáo sơ kết giữa nhiệm kỳ");
    assertThat(formVariable(escalations.get(0), "lateReportersText")).isEqualTo("- Đảng ủy phường Hải Châu: chưa gửi");
    assertThat(formVariable(escalations.get(0), "reviewTitle")).isEqualTo("Cấp dưới chậm gửi báo cáo sơ kết giữa nhiệm kỳ");
    assertThat(taskService.getVariablesLocal(escalations.get(0).getId()))
        .as("the title and the list are read as the form opens, not stored")
        .doesNotContainKeys("reviewTitle", "reminderNote", "lateReportersText");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(cityReview.getId())
        .variableName("lateReportCount").count()).as("the count is for the gateway only, never stored").isZero();
    assertThat(taskService.createTaskQuery().taskDefinitionKey(CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS)
        .processInstanceId(onTimeReview.getId()).count()).as("a ward with no subordinates: nobody to chase").isZero();
    assertThat(TestMail.to(cityOffice)).as("the office is mailed once").singleElement().satisfies(mail -> {
      assertThat(TestMail.subject(mail)).endsWith(": 1 cấp dưới chưa gửi báo cáo sơ kết giữa nhiệm kỳ").startsWith("[Chậm báo cáo] ");
      assertThat(TestMail.text(mail)).contains("Đến hết ngày 20/04/2028, các cấp ủy cấp dưới sau chưa gửi báo cáo sơ kết giữa nhiệm kỳ")
          .contains("- Đảng ủy phường Hải Châu: chưa gửi");
    });
    assertThat(lateReview).as("the late ward's task stays open").isWaitingAt(CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT);

    clockAt(CUTOFF.plusDays(3));
    submit(lateReview, report(limitation));
    assertThat(onTime(lateReview)).as("recorded late").isFalse();
    assertThat(onTime(onTimeReview)).isTrue();
    assertThat(formVariable(task(cityReview, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT), "subordinateReportsText"))
        .as("the superior's form, opened before: who had reported by then")
        .isEqualTo("- Đảng ủy phường Hải Châu: chưa gửi\n- Đảng ủy phường Hải Châu: chưa gửi");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM review_limitation l JOIN review_report r ON r.id = l.report_id "
        + "JOIN rollout o ON o.id = r.rollout_id WHERE o.committee_code = :c").param("c", onTime).query(Long.class).single()).isOne();

    assertThat(formVariable(escalations.get(0), "lateReportersText")).as("the escalation, opened now: sent since, late")
        .isEqualTo("- Đảng ủy phường Hải Châu: chậm");
    formService.submitTaskForm(escalations.get(0).getId(), Map.of("reminderNote", "Đã có công văn đôn đốc ngày 21/4/2028."));
    assertThat(cityReview).hasPassed(CommitteeReviewProcess.END_LATE_REPORTERS_REMINDED);

    // an escalation opened by hand (Cockpit's modification) where no subordinate is late says so
    runtimeService.createProcessInstanceModification(onTimeReview.getId())
        .startBeforeActivity(CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS).execute();
    assertThat(formVariable(task(onTimeReview, CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS), "lateReportersText"))
        .isEqualTo("Không có cấp dưới trực tiếp chậm báo cáo.");
  }

  @Test
  void shouldSendTheReportOnlyWhenTheStandingCommitteeApprovesItAndCountItByTheApprovalDate() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    ProcessInstance wardRollout = rollout(resolutionId(cityRollout) + "/" + ward);
    approveProgramme(wardRollout, ward);
    ProcessInstance cityReview = review(cityRollout);
    ProcessInstance wardReview = review(wardRollout);
    long resolution = resolutionId(cityRollout);
    clockAt(OPENS);
    for (ProcessInstance review : List.of(cityReview, wardReview)) {
      managementService.executeJob(timer(review, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    }

    // the office drafts in good time: it goes to the standing committee, not to the city
    clockAt(CUTOFF.minusDays(5));
    Map<String, Object> limitation = new HashMap<>();
    limitation.put("limitation", "Số hóa hồ sơ đảng viên còn chậm");
    limitation.put("responsible", "Văn phòng Đảng ủy phường");
    Map<String, Object> draft = report(limitation);
    draft.put("reportNumber", "17");
    formService.submitTaskForm(task(wardReview, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT).getId(), draft);
    Task approval = task(wardReview, CommitteeReviewProcess.TASK_APPROVE_REVIEW_REPORT);
    assertThat(approval).hasName("Phê duyệt báo cáo sơ kết giữa nhiệm kỳ").hasCandidateGroup(group(ward, Organ.STANDING_COMMITTEE));
    assertThat(approval.getDueDate()).as("approved by the cut-off to count as on time").isEqualTo(vietnam(CUTOFF));
    assertThat((String) formVariable(approval, "draftText")).contains("**Kết quả trên lĩnh vực kinh tế**\n\nThu ngân sách đạt 105% dự toán.",
        "- Số hóa hồ sơ đảng viên còn chậm (trách nhiệm: Văn phòng Đảng ủy phường)",
        "**Số văn bản Văn phòng đã lấy theo sổ giấy:** 17");
    assertThat(reviews.subordinates(resolution, city, ReviewKind.MID_TERM)).as("a draft is not sent")
        .extracting(Reviews.SubordinateReport::submission).containsExactly(Reviews.Submission.MISSING);
    assertThat(numbersIssued(ward)).as("numbered only when approved").isZero();
    assertThat(reportDocument(wardReview)).as("the draft's Word file is marked as such").contains("DỰ THẢO");
    String url = reportUrl(wardReview);
    assertThat(documentText(http.withBasicAuth(member(group(ward, Organ.OFFICE), "vp-phuong"), PASSWORD)
        .getForEntity(url, byte[].class))).as("the ward's own office reads its draft")
        .contains("Thu ngân sách đạt 105% dự toán.");
    assertThat(documentText(http.withBasicAuth(member(group(city, Organ.OFFICE), "vp-thanh-uy"), PASSWORD)
        .getForEntity(url, byte[].class))).as("the superior does not read a draft: nothing has been sent to it")
        .doesNotContain("Thu ngân sách đạt 105% dự toán.");

    // returned without a word: refused, nothing completes; with comments: back to the office, the draft kept
    Map<String, Object> silent = new HashMap<>();
    silent.put("decision", "RETURN");
    silent.put("reviewComments", "  ");
    assertThatThrownBy(() -> formService.submitTaskForm(approval.getId(), silent))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Trả lại báo cáo thì phải nêu ý kiến: nội dung cần sửa.");
    assertThatThrownBy(() -> formService.submitTaskForm(approval.getId(), Map.of("decision", "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chưa chọn phê duyệt hay trả lại báo cáo.");
    assertThat(wardReview).isWaitingAt(CommitteeReviewProcess.TASK_APPROVE_REVIEW_REPORT);
    decideReport(wardReview, "RETURN", "Phân tích rõ hơn các hạn chế, yếu kém; bổ sung bài học kinh nghiệm.");
    Task redraft = task(wardReview, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT);
    assertThat(wardReview).hasPassed(CommitteeReviewProcess.GATEWAY_REPORT_APPROVED);
    assertThat(formVariable(redraft, "reviewComments"))
        .isEqualTo("Phân tích rõ hơn các hạn chế, yếu kém; bổ sung bài học kinh nghiệm.");
    assertThat(formVariable(redraft, "resultsEconomy")).as("the office revises its draft, not a blank form")
        .isEqualTo("Thu ngân sách đạt 105% dự toán.");
    assertThat(formVariable(redraft, "reportNumber")).isEqualTo("17");
    assertThat(JsonVariables.list(formVariable(redraft, "limitations"), ReviewSubmission.Limitation.class))
        .containsExactly(new ReviewSubmission.Limitation("Số hóa hồ sơ đảng viên còn chậm", "Văn phòng Đảng ủy phường"));

    // the cut-off passes while the report is with the office again: the city lists the ward as not sent
    clockAt(CUTOFF);
    managementService.executeJob(timer(cityReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    deliverMails();
    assertThat(formVariable(task(cityReview, CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS), "lateReportersText"))
        .isEqualTo("- Đảng ủy phường Hải Châu: chưa gửi");

    // revised, and approved two days after the cut-off: sent late, numbered as the office typed it
    clockAt(CUTOFF.plusDays(2));
    draft.put("lessons", "Người đứng đầu phải trực tiếp chỉ đạo.");
    formService.submitTaskForm(redraft.getId(), draft);
    assertThat((String) formVariable(task(wardReview, CommitteeReviewProcess.TASK_APPROVE_REVIEW_REPORT), "draftText"))
        .contains("**Bài học kinh nghiệm**\n\nNgười đứng đầu phải trực tiếp chỉ đạo.");
    decideReport(wardReview, "APPROVE", "Đồng ý.");
    assertThat(onTime(wardReview)).as("late by its approval date, though drafted in time").isFalse();
    assertThat(formVariable(task(cityReview, CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS), "lateReportersText"))
        .as("the city's escalation, opened now: sent since, late").isEqualTo("- Đảng ủy phường Hải Châu: chậm");
    assertThat(reviews.subordinates(resolution, city, ReviewKind.MID_TERM))
        .extracting(Reviews.SubordinateReport::submission).containsExactly(Reviews.Submission.LATE);
    assertThat(jdbc.sql("SELECT symbol FROM document_number WHERE committee_code = :c AND subject_kind = 'MID_TERM_REPORT'").param("c", ward).query(String.class).list())
        .singleElement().satisfies(symbol -> assertThat(symbol).startsWith("17-BC/"));
    assertThat(jdbc.sql("""
            SELECT d.approved FROM review_report_decision d JOIN review_report r ON r.id = d.report_id
              JOIN rollout o ON o.id = r.rollout_id WHERE o.committee_code = :c ORDER BY d.seq""")
        .param("c", ward).query(Boolean.class).list()).as("every decision kept").containsExactly(false, true);
    assertThat(reportDocument(wardReview)).doesNotContain("DỰ THẢO").contains("Người đứng đầu phải trực tiếp chỉ đạo.");
    assertThat(wardReview).isWaitingAt(CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE);
  }

  @Test
  void shouldCountASubordinatesReportOnlyWhenApprovedForThisResolutionAndThisKind() {
    String city = city();
    String onTime = ward(city);
    String late = ward(city);
    String draftOnly = ward(city);
    String otherKind = ward(city);
    String otherResolution = ward(city);
    String noRollout = ward(city);
    String belowAWard = cell(onTime);
    long resolution = resolutionId(register(city));
    long other = resolutionId(register(city));
    reportRow(resolution, onTime, "MID_TERM", "APPROVED", true);
    reportRow(resolution, late, "MID_TERM", "APPROVED", false);
    reportRow(resolution, draftOnly, "MID_TERM", "DRAFT", true);
    reportRow(resolution, otherKind, "FINAL", "APPROVED", true);
    reportRow(other, otherResolution, "MID_TERM", "APPROVED", true);
    rolloutRow(resolution, otherResolution);
    reportRow(resolution, belowAWard, "MID_TERM", "APPROVED", true);

    assertThat(reviews.subordinates(resolution, city, ReviewKind.MID_TERM))
        .as("each direct subordinate once; only an approved report of this resolution and kind is sent")
        .extracting(Reviews.SubordinateReport::committeeCode, Reviews.SubordinateReport::submission)
        .containsExactlyInAnyOrder(
            tuple(onTime, Reviews.Submission.ON_TIME),
            tuple(late, Reviews.Submission.LATE),
            tuple(draftOnly, Reviews.Submission.MISSING),
            tuple(otherKind, Reviews.Submission.MISSING),
            tuple(otherResolution, Reviews.Submission.MISSING),
            tuple(noRollout, Reviews.Submission.MISSING));
    assertThat(reviews.missing(resolution, city, ReviewKind.MID_TERM)).extracting(Reviews.SubordinateReport::committeeCode)
        .containsExactlyInAnyOrder(draftOnly, otherKind, otherResolution, noRollout);
    assertThat(reviews.subordinates(resolution, city, ReviewKind.FINAL)).extracting(Reviews.SubordinateReport::submission)
        .containsOnlyOnce(Reviews.Submission.ON_TIME).hasSize(6);
    assertThat(reviews.subordinates(resolution, noRollout, ReviewKind.MID_TERM)).as("no subordinates").isEmpty();
  }

  /** The committee's rollout of the resolution, as the cascade writes it (the row only). */
  private long rolloutRow(long resolution, String committee) {
    List<Long> existing = jdbc.sql("SELECT id FROM rollout WHERE resolution_id = :r AND committee_code = :c")
        .param("r", resolution).param("c", committee).query(Long.class).list();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    jdbc.sql("INSERT INTO rollout (resolution_id, committee_code, started_at, phase) VALUES (:r, :c, CURRENT_TIMESTAMP, 'EXECUTION')")
        .param("r", resolution).param("c", committee).update();
    return rolloutRow(resolution, committee);
  }

  private void reportRow(long resolution, String committee, String kind, String status, boolean onTime) {
    jdbc.sql("""
            INSERT INTO review_report (rollout_id, kind, submitted_at, on_time, status)
            VALUES (:rollout, :kind, CURRENT_TIMESTAMP, :onTime, :status)""")
        .param("rollout", rolloutRow(resolution, committee)).param("kind", kind).param("onTime", onTime).param("status", status)
        .update();
  }

  private long numbersIssued(String committee) {
    return jdbc.sql("SELECT COUNT(*) FROM document_number WHERE committee_code = :c AND subject_kind = 'MID_TERM_REPORT'")
        .param("c", committee).query(Long.class).single();
  }

  /** The Word document behind the link in the review's report task, read as an administrator. */
  private String reportDocument(ProcessInstance review) {
    return documentText(http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity(reportUrl(review), byte[].class));
  }

  private String reportUrl(ProcessInstance review) {
    String url = historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName(CommitteeReviewProcess.FormFields.REPORT_DOCUMENT_URL).list().get(0).getValue().toString();
    assertThat(url).matches("/api/committees/[^/]+/reports/MID_TERM\\.docx\\?resolution=\\d+");
    return url;
  }

  private static String documentText(ResponseEntity<byte[]> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> report(Map<String, Object> limitation) {
    Map<String, Object> form = new HashMap<>();
    form.put("resultsEconomy", "Thu ngân sách đạt 105% dự toán.");
    form.put("resultsCultureSociety", "100% trường học đạt chuẩn quốc gia.");
    form.put("resultsPartyBuilding", "Kết nạp 45 đảng viên mới.");
    form.put("limitations", JsonVariables.json(List.of(limitation)));
    form.put("solutions", "Đẩy nhanh số hóa trong năm 2028.");
    return form;
  }

  /** The office drafts the report and the standing committee approves it: sent. */
  private void submit(ProcessInstance review, Map<String, Object> form) {
    formService.submitTaskForm(task(review, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT).getId(), form);
    decideReport(review, "APPROVE", null);
  }

  private boolean onTime(ProcessInstance review) {
    long rolloutId = ((Number) runtimeService.getVariable(review.getId(), "rolloutId")).longValue();
    return jdbc.sql("SELECT on_time FROM review_report WHERE rollout_id = :id AND kind = 'MID_TERM'").param("id", rolloutId)
        .query(Boolean.class).single();
  }
}
