package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Rollouts;
import vn.rollout.e2e.support.Tasklist;
import vn.rollout.e2e.support.Webapps;

/**
 * Path of issue 25: the review report is approved before it goes up. Lạng Giang's office drafts its mid-term report;
 * its standing committee returns it with comments; the office sees them beside its draft, revises it; the standing
 * committee approves it, and only then does the report count as sent. (A commune issuing a resolution of its own, so
 * that no other path finds a task of it.)
 */
@EndToEndTest
class ReviewReportE2E {

  static final String PASSWORD = "TrienKhai@2026";
  static final Credentials OFFICE = new Credentials("langgiang.vanphong", PASSWORD);
  static final Credentials STANDING_COMMITTEE = new Credentials("langgiang.thuongvu", PASSWORD);
  static final String COMMUNE = "bn-lang-giang";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String MY_TASKS = "Việc của tôi";
  static final String REPORT_TASK = "Báo cáo sơ kết giữa nhiệm kỳ";
  static final String APPROVAL_TASK = "Phê duyệt báo cáo sơ kết giữa nhiệm kỳ";
  static final String COMMENTS = "Phân tích rõ hơn các hạn chế, yếu kém; bổ sung bài học kinh nghiệm.";

  @Test
  void shouldSendTheReviewReportOnlyOnceTheStandingCommitteeApprovesIt(Webapps webapps, EngineRest admin) {
    // The commune's own resolution, studied, its programme approved; the mid-term report opened now (its timer run
    // by hand: it is due on 1 February 2028).
    Rollouts rollouts = new Rollouts(admin);
    String commune = rollouts.register("08-NQ/ĐU", "Nghị quyết về xây dựng nông thôn mới kiểu mẫu xã Lạng Giang", COMMUNE);
    rollouts.holdStudy(commune);
    rollouts.submitDraft(commune, List.of(Rollouts.item(
        "Xây dựng 3 thôn đạt chuẩn nông thôn mới kiểu mẫu", "bn-lang-giang.van-phong", List.of(), null, "3 cán bộ",
        "2027-12-31", "3 thôn được công nhận đạt chuẩn nông thôn mới kiểu mẫu", "3 thôn")));
    rollouts.approve(commune);
    String review = await(admin, "/process-instance?processDefinitionKey=CommitteeReview&businessKey=" + EngineRest.encode(commune));
    String opens = await(admin, "/job?processInstanceId=" + review + "&activityId=Timer_ReportOpens");
    admin.post("/job/" + opens + "/execute", Map.of()).expect(204);
    rollouts.awaitTask(commune, REPORT_TASK);

    // 1. The office drafts the report and sends it to its standing committee.
    webapps.logIn(OFFICE);
    Tasklist tasklist = webapps.openTasklist().filter(UNIT_TASKS).open(REPORT_TASK).claim().filter(MY_TASKS).open(REPORT_TASK);
    Locator form = tasklist.details();
    assertThat(form).containsText("Hoàn thành biểu mẫu này là gửi dự thảo");
    form.getByLabel("Kết quả trên lĩnh vực kinh tế").fill("Thu nhập bình quân đạt 72 triệu đồng/người/năm.");
    form.getByLabel("Kết quả trên lĩnh vực văn hóa – xã hội").fill("2 thôn đạt chuẩn nông thôn mới kiểu mẫu.");
    form.getByLabel("Kết quả xây dựng Đảng và hệ thống chính trị").fill("Kết nạp 12 đảng viên mới.");
    tasklist.save().complete();
    assertThat(tasklist.tasks(REPORT_TASK)).hasCount(0);
    String approval = rollouts.awaitTask(commune, APPROVAL_TASK);
    assertThat(submission(admin, commune)).as("a draft is not sent (the cut-off is in 2028)").isEqualTo("NOT_DUE");

    // 2. The standing committee reads the draft and returns it with its comments.
    webapps.logOut();
    webapps.logIn(STANDING_COMMITTEE);
    Tasklist standing = webapps.openTasklist().filter(UNIT_TASKS).open(APPROVAL_TASK).claim().filter(MY_TASKS).open(APPROVAL_TASK);
    Locator approvalForm = standing.details();
    assertThat(approvalForm).containsText("Thu nhập bình quân đạt 72 triệu đồng/người/năm.");
    approvalForm.getByLabel("Trả lại để sửa").check();
    approvalForm.getByLabel("Ý kiến").fill(COMMENTS);
    webapps.screenshot("review-report-returned");
    standing.save().complete();
    assertThat(standing.tasks(APPROVAL_TASK)).hasCount(0);
    assertThat(admin.list("/history/task?taskId=" + approval).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");

    // 3. The office finds its draft with the comments beside it, revises it and sends it again.
    String redraft = rollouts.awaitTask(commune, REPORT_TASK);
    webapps.logOut();
    webapps.logIn(OFFICE);
    tasklist = webapps.openTasklist().filter(UNIT_TASKS).open(REPORT_TASK);
    form = tasklist.details();
    Locator claim = form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Nhận việc"));
    claim.click();
    assertThat(claim).isHidden();
    tasklist.filter(MY_TASKS).open(REPORT_TASK);
    assertThat(form).containsText("trả lại dự thảo báo cáo");
    assertThat(form).containsText(COMMENTS);
    assertThat(form.getByLabel("Kết quả trên lĩnh vực kinh tế")).hasValue("Thu nhập bình quân đạt 72 triệu đồng/người/năm.");
    form.getByLabel("Bài học kinh nghiệm").fill("Người đứng đầu cấp ủy phải trực tiếp chỉ đạo.");
    form.getByText(COMMENTS).scrollIntoViewIfNeeded();
    webapps.screenshotForDocs("review-report-redraft", "tasklist-review-report-returned");
    tasklist.save().complete();
    assertThat(tasklist.tasks(REPORT_TASK)).hasCount(0);
    assertThat(admin.list("/history/task?taskId=" + redraft).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");

    // 4. The standing committee approves it: now it is sent, on time (the cut-off is in 2028), and numbered.
    rollouts.awaitTask(commune, APPROVAL_TASK);
    webapps.logOut();
    webapps.logIn(STANDING_COMMITTEE);
    standing = webapps.openTasklist().filter(UNIT_TASKS).open(APPROVAL_TASK).claim().filter(MY_TASKS).open(APPROVAL_TASK);
    approvalForm = standing.details();
    assertThat(approvalForm).containsText("Người đứng đầu cấp ủy phải trực tiếp chỉ đạo.");
    approvalForm.getByLabel("Phê duyệt, gửi báo cáo cấp trên").check();
    standing.save().complete();
    assertThat(standing.tasks(APPROVAL_TASK)).hasCount(0);
    rollouts.awaitTask(commune, "Tổ chức hội nghị sơ kết");
    assertThat(submission(admin, commune)).isEqualTo("ON_TIME");
  }

  /** Where the commune's mid-term report stands in the product's status API. */
  private static String submission(EngineRest admin, String commune) {
    JsonNode status = admin.productApi().get("/resolutions/" + Rollouts.resolutionId(commune) + "/status?committee=" + COMMUNE
        + "&depth=0").expect(200).json();
    return status.get("committees").get(0).get("midTermReport").get("state").asText();
  }

  private static String await(EngineRest admin, String query) {
    return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
        .until(() -> admin.list(query).expect(200).json(), found -> found.size() == 1).get(0).get("id").asText();
  }
}
