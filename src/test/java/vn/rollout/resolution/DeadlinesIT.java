package vn.rollout.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;
import vn.rollout.support.TestMail;

/**
 * Deadlines that cascade by level, through a three-level tree with the engine clock: the city issues
 * the resolution (level 0), its ward (1) reports by the resolution's dates, its cell (2) ten days
 * earlier, the city ten days later; every date that falls on a day off moves to the next working day.
 * Each level's cut-off, reminder, escalation and late list follow its own date.
 *
 * <pre>
 *                          city (0)          ward (1)          cell (2)
 * study                    10/02/2026        02/02/2026 (31/01 a Saturday)   21/01/2026
 * mid-term report          03/05/2028 (30/04, 01/05, day in lieu 02/05)  20/04/2028   10/04/2028
 * </pre>
 */
class DeadlinesIT extends RolloutTest {

  @Autowired TestRestTemplate http;

  String city;
  String ward;
  String cell;
  ProcessInstance cityRollout;
  ProcessInstance wardRollout;
  ProcessInstance cellRollout;

  @BeforeEach
  void threeLevels() {
    city = city();
    ward = ward(city);
    cell = cell(ward);
    cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runAsyncJobs(cityRollout);
    wardRollout = rollout(resolutionId + "/" + ward);
    runAsyncJobs(wardRollout);
    cellRollout = rollout(resolutionId + "/" + cell);
  }

  @Test
  void shouldGiveEachLevelItsOwnStudyDeadlineReminderAndEscalation() {
    String cityOffice = memberWithEmail(group(city, Organ.OFFICE), "chanh-vp");
    String wardOffice = memberWithEmail(group(ward, Organ.OFFICE), "chanh-vp");
    assertStudyDue(cellRollout, LocalDate.of(2026, 1, 21));
    assertStudyDue(wardRollout, LocalDate.of(2026, 2, 2));
    assertStudyDue(cityRollout, LocalDate.of(2026, 2, 10));

    // the cell is reminded on its own date, a week before its deadline, and nobody else
    clockAt(LocalDateTime.of(2026, 1, 14, 7, 0));
    assertThat(dueTimers()).as("only the cell's reminder is due").containsExactly(
        timer(cellRollout, ResolutionRolloutProcess.BOUNDARY_STUDY_REMINDER_DUE).getId());
    managementService.executeJob(timer(cellRollout, ResolutionRolloutProcess.BOUNDARY_STUDY_REMINDER_DUE).getId());
    assertThat(reminders("STUDY_DUE")).containsExactly(group(cell, Organ.OFFICE) + " 2026-01-21");

    // past its deadline the cell is escalated to its superior, the ward's office; the ward itself is not late yet
    clockAt(LocalDateTime.of(2026, 1, 22, 0, 0, 30));
    managementService.executeJob(timer(cellRollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).getId());
    deliverMails();
    assertThat(task(cellRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY)).hasCandidateGroup(group(ward, Organ.OFFICE));
    assertThat(TestMail.to(wardOffice)).singleElement().satisfies(mail -> assertThat(TestMail.text(mail))
        .contains("Đến hết ngày 21/01/2026, Chi bộ khu dân cư số 1 chưa ghi kết quả học tập, quán triệt"));
    assertThat(task(cellRollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).as("the cell's task stays open").isNotNull();
    assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY)).isNull();

    // the ward on the Monday after 31 January, the city ten days later, to its own office (it has no superior)
    clockAt(LocalDateTime.of(2026, 2, 3, 0, 0, 30));
    managementService.executeJob(timer(wardRollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).getId());
    deliverMails();
    assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY)).hasCandidateGroup(group(city, Organ.OFFICE));
    assertThat(TestMail.to(cityOffice)).singleElement().satisfies(mail -> assertThat(TestMail.text(mail))
        .contains("Đến hết ngày 02/02/2026, Đảng ủy phường Hải Châu chưa ghi kết quả học tập, quán triệt"));
    assertThat(task(cityRollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY)).isNull();
    completeStudy(cellRollout);
    assertThat(studyOnTime(cell)).as("recorded against the cell's own date").isFalse();
    clockAt(LocalDateTime.of(2026, 2, 10, 16, 0));
    completeStudy(cityRollout);
    assertThat(studyOnTime(city)).as("on the city's last day: on time").isTrue();
  }

  @Test
  void shouldGiveEachLevelItsOwnReportCutoffAndListTheLateAtItsSubordinatesCutoff() {
    String wardOffice = memberWithEmail(group(ward, Organ.OFFICE), "chanh-vp");
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    approveProgramme(wardRollout, ward);
    runAsyncJobs(wardRollout);
    approveProgramme(cellRollout, cell);
    runAsyncJobs(cellRollout);
    ProcessInstance cityReview = review(cityRollout);
    ProcessInstance wardReview = review(wardRollout);
    ProcessInstance cellReview = review(cellRollout);

    clockAt(LocalDateTime.of(2028, 2, 1, 7, 0));
    for (ProcessInstance review : List.of(cityReview, wardReview, cellReview)) {
      managementService.executeJob(timer(review, CommitteeReviewProcess.TIMER_REPORT_OPENS).getId());
    }
    assertThat(reportDue(cellReview)).isEqualTo(endOf(LocalDate.of(2028, 4, 10)));
    assertThat(reportDue(wardReview)).isEqualTo(endOf(LocalDate.of(2028, 4, 20)));
    assertThat(reportDue(cityReview)).as("20 April + 10: Sunday 30 April, 1 May, the day in lieu of 30 April")
        .isEqualTo(endOf(LocalDate.of(2028, 5, 3)));
    assertThat(formVariable(task(wardReview, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT), "cutoffText")).isEqualTo("20/04/2028");
    // each level lists its late subordinates when their own cut-off passes, before its own
    assertThat(timer(wardReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getDuedate())
        .isEqualTo(endOf(LocalDate.of(2028, 4, 10)));
    assertThat(timer(cityReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getDuedate())
        .isEqualTo(endOf(LocalDate.of(2028, 4, 20)));

    // the cell sends nothing by 10 April: at that cut-off the ward, not the city, is told
    clockAt(LocalDateTime.of(2028, 4, 11, 0, 0, 30));
    managementService.executeJob(timer(wardReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    deliverMails();
    Task lateList = task(wardReview, CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS);
    assertThat(lateList).hasCandidateGroup(group(ward, Organ.OFFICE));
    assertThat(formVariable(lateList, "lateReportersText")).isEqualTo("- Chi bộ khu dân cư số 1: chưa gửi");
    assertThat(lateList.getDueDate()).as("five working days after Tuesday 11 April").isEqualTo(endOf(LocalDate.of(2028, 4, 18)));
    assertThat(TestMail.to(wardOffice)).singleElement().satisfies(mail -> assertThat(TestMail.text(mail))
        .contains("Đến hết ngày 10/04/2028, các cấp ủy cấp dưới sau chưa gửi báo cáo sơ kết giữa nhiệm kỳ"));
    // the dashboard counts each committee against its own level's cut-off
    assertThat(midTermReportStates()).containsEntry(cell, "MISSING").containsEntry(ward, "NOT_DUE").containsEntry(city, "NOT_DUE");

    // the ward reports in time for its own cut-off; at it, the city finds every ward reported
    clockAt(LocalDateTime.of(2028, 4, 17, 10, 0));
    submitReport(wardReview);
    clockAt(LocalDateTime.of(2028, 4, 21, 0, 0, 30));
    managementService.executeJob(timer(cityReview, CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF).getId());
    assertThat(cityReview).hasPassed(CommitteeReviewProcess.END_ALL_REPORTED);
    clockAt(LocalDateTime.of(2028, 5, 2, 15, 0));
    submitReport(cityReview);
    submitReport(cellReview);

    assertThat(reportOnTime(city)).as("by 3 May: on time").isTrue();
    assertThat(reportOnTime(ward)).isTrue();
    assertThat(reportOnTime(cell)).as("after its 10 April").isFalse();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> midTermReportStates() {
    ResponseEntity<Map<String, Object>> status = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).exchange(
        "/api/resolutions/" + resolutionId(cityRollout) + "/status?depth=2", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> states = new HashMap<>();
    for (Map<String, Object> committee : (List<Map<String, Object>>) status.getBody().get("committees")) {
      states.put((String) committee.get("code"), ((Map<String, Object>) committee.get("midTermReport")).get("state"));
    }
    return states;
  }

  private void assertStudyDue(ProcessInstance rollout, LocalDate due) {
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(study.getDueDate()).isEqualTo(endOf(due));
    assertThat(study.getFollowUpDate()).isEqualTo(vietnam(due.minusDays(7).atTime(7, 0)));
    assertThat(timer(rollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).getDuedate()).isEqualTo(endOf(due));
    assertThat(timer(rollout, ResolutionRolloutProcess.BOUNDARY_STUDY_REMINDER_DUE).getDuedate())
        .isEqualTo(vietnam(due.minusDays(7).atTime(7, 0)));
  }

  private List<String> dueTimers() {
    return java.util.stream.Stream.of(cityRollout, wardRollout, cellRollout)
        .flatMap(rollout -> managementService.createJobQuery().timers().executable().processInstanceId(rollout.getId()).list().stream())
        .map(org.camunda.bpm.engine.runtime.Job::getId).toList();
  }

  private List<String> reminders(String kind) {
    return jdbc.sql("""
            SELECT m.target_group, m.due_date FROM reminder m JOIN rollout o ON o.id = m.rollout_id
             WHERE o.resolution_id = :r AND m.kind = :kind ORDER BY m.id""")
        .param("r", resolutionId(cityRollout)).param("kind", kind)
        .query((rs, row) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class))
        .list();
  }

  private boolean studyOnTime(String committee) {
    return jdbc.sql("SELECT s.on_time FROM study_report s JOIN rollout o ON o.id = s.rollout_id WHERE o.committee_code = :c")
        .param("c", committee).query(Boolean.class).single();
  }

  private boolean reportOnTime(String committee) {
    return jdbc.sql("""
            SELECT r.on_time FROM review_report r JOIN rollout o ON o.id = r.rollout_id
             WHERE o.committee_code = :c AND r.kind = 'MID_TERM'""")
        .param("c", committee).query(Boolean.class).single();
  }

  private java.util.Date reportDue(ProcessInstance review) {
    return task(review, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT).getDueDate();
  }

  private static java.util.Date endOf(LocalDate day) {
    return vietnam(day.atTime(23, 59, 59));
  }
}
