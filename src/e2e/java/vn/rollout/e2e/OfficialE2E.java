package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Rollouts;
import vn.rollout.e2e.support.Tasklist;
import vn.rollout.e2e.support.Webapps;

/**
 * Paths 1 and 5: an official of a ward's propaganda board does the study task in Tasklist, with the
 * demo organisation's officials (password {@code TrienKhai@2026}). Each test registers a resolution of
 * a ward of its own, so that the ward's rollout starts at the study task.
 */
@EndToEndTest
class OfficialE2E {

  static final String STUDY_TASK = "Tổ chức học tập, quán triệt nghị quyết";
  static final String PROGRAMME_TASK = "Xây dựng chương trình hành động";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String MY_TASKS = "Việc của tôi";
  static final String PASSWORD = "TrienKhai@2026";

  @Test
  void shouldLetAWardOfficialHoldTheStudySessionsAndPassTheRolloutToTheWardOffice(Webapps webapps, EngineRest admin) {
    String rollout = new Rollouts(admin).register("01-NQ/ĐU", "Nghị quyết Đại hội Đảng bộ phường Hải Châu", "dn-hai-chau");
    String studyTask = awaitTask(admin, rollout, STUDY_TASK);

    webapps.logIn(new Credentials("haichau.xaydungdang", PASSWORD));
    Tasklist tasklist = webapps.openTasklist().filter(UNIT_TASKS).open(STUDY_TASK);
    Locator form = tasklist.details();
    assertThat(form).containsText("01-NQ/ĐU");
    assertThat(form).containsText("Đảng ủy phường Hải Châu");
    // the title, the term and the deadline are read when the form is opened, not stored on the task
    assertThat(form).containsText("Nghị quyết Đại hội Đảng bộ phường Hải Châu");
    // the ward issued the resolution: its own study is due ten days after its cells' 31/01/2027, on
    // 10/02/2027; 10 and 11/02 are the days in lieu of Tết's Saturday and Sunday (06 and 07/02): so 12/02/2027
    assertThat(form).containsText("hạn hoàn thành 12/02/2027");
    // The card in the list says what the task is about: the resolution's symbol, the committee, the due
    // date as a date (not only "2 tháng nữa"), and no bare priority number.
    Locator card = webapps.page().locator("ol.tasks-list > li.task")
        .filter(new Locator.FilterOptions().setHasText(STUDY_TASK)).first();
    assertThat(card).containsText("Nghị quyết");
    assertThat(card).containsText("01-NQ/ĐU");
    assertThat(card).containsText("Cấp ủy");
    assertThat(card).containsText("Đảng ủy phường Hải Châu");
    assertThat(card.locator(".due-date")).containsText("12/02/2027 (");
    assertThat(card.locator(".priority")).isHidden();
    // No Camunda technical surface: no "time to move to Camunda 8" banner, no free task ("Tạo công việc").
    assertThat(webapps.page().locator(".ce-eol-banner")).hasCount(0);
    assertThat(webapps.page().locator("[cam-widget-header]")).not().containsText("Camunda 8");
    assertThat(webapps.page().locator("a:visible", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tạo công việc")))
        .hasCount(0);
    // Not yet claimed: the form is greyed and cannot be used, "Lưu" is off, and the page says why.
    assertThat(form.locator(".rollout-claim-hint")).hasText("Nhận công việc để nhập");
    assertThat(form.locator(".rollout-unclaimed")).hasAttribute("inert", "");
    assertThat(form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))).isDisabled();
    webapps.screenshotForDocs("study-task-opened", "tasklist-task-card");

    // The search box finds a resolution's tasks by its symbol, and only them; its criteria are an official's.
    Locator search = webapps.page().locator("[cam-widget-search] input.main-field");
    search.fill("01-NQ");
    search.press("Enter");
    assertThat(webapps.page().locator("[cam-widget-search]")).containsText("Nghị quyết, cấp ủy");
    assertThat(tasklist.tasks(STUDY_TASK)).hasCount(1);
    assertThat(webapps.page().locator("ol.tasks-list > li.task").filter(
        new Locator.FilterOptions().setHasNotText("01-NQ/ĐU"))).hasCount(0);
    webapps.screenshot("search-by-symbol");
    // (Tasklist keeps a search across pages: each is taken away with its ×)
    Locator removeSearch = webapps.page().locator("[cam-widget-search] .search-label a[ng-click='onDelete()']");
    removeSearch.first().click();
    assertThat(removeSearch).hasCount(0);
    search.fill("99-NQ/XYZ");
    search.press("Enter");
    assertThat(webapps.page().locator("ol.tasks-list > li.task")).hasCount(0);
    removeSearch.first().click();
    assertThat(removeSearch).hasCount(0);
    search.click();
    // the criteria offered: an official's, not Camunda's ids and variables
    assertThat(webapps.page().getByText("Tên công việc", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
        .filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
    assertThat(webapps.page().getByText("Biến quy trình").filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
    webapps.screenshot("search-criteria");
    search.press("Escape");
    tasklist.open(STUDY_TASK);

    // Claimed, the task leaves the unit's list for the official's own.
    tasklist.claim();
    assertThat(form.locator(".rollout-claim-hint")).isHidden();
    // The due date is the committee's: shown, not offered for editing; a change sent anyway is refused in
    // Vietnamese, not with Jackson's message about CamundaFormRef.
    assertThat(form.locator(".due-date[cam-widget-inline-field]")).hasCSS("pointer-events", "none");
    assertThat(form.locator(".reset-due-date")).isHidden();
    com.fasterxml.jackson.databind.node.ObjectNode sent = (com.fasterxml.jackson.databind.node.ObjectNode)
        admin.get("/task/" + studyTask).expect(200).json();
    sent.putObject("camundaFormRef").put("key", "study-sessions").put("binding", "deployment").putNull("version");
    sent.put("due", "2030-01-31T23:59:00.000+0700");
    EngineRest.Response refused = admin.as(new Credentials("haichau.xaydungdang", PASSWORD)).put("/task/" + studyTask, sent);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("đề nghị gia hạn").doesNotContain("CamundaFormRef");
    assertThat(tasklist.tasks(STUDY_TASK)).hasCount(0);
    tasklist.filter(MY_TASKS).open(STUDY_TASK);
    // form-js's words and its calendar in Vietnamese, its dates as dd/MM/yyyy, under an English browser
    assertThat(form.locator(".fjs-select-display").first()).hasText("Chọn");
    Locator firstDate = form.getByLabel("Ngày tổ chức").first();
    assertThat(firstDate).hasAttribute("placeholder", "dd/mm/yyyy");
    firstDate.click();
    Locator calendar = form.locator(".flatpickr-calendar.open");
    assertThat(calendar.locator(".flatpickr-weekday").first()).containsText("T2");
    assertThat(calendar.locator(".flatpickr-monthDropdown-month").first()).containsText("Tháng 1");
    webapps.screenshot("calendar-in-vietnamese");
    firstDate.press("Escape");
    fillSession(form, 0, "15/12/2025", "Cán bộ chủ chốt", "Trực tiếp", 45, 43);
    assertThat(form.locator(".fjs-repeat-row-container").first()).hasAttribute("data-rollout-row", "Buổi 1");
    // form-js's own button, in Vietnamese (lib/rollout/tasklist.js)
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm mới")).click();
    fillSession(form, 1, "20/12/2025", "Đảng viên", "Trực tuyến", 320, 296);
    assertThat(form.locator(".fjs-repeat-row-container").nth(1)).hasAttribute("data-rollout-row", "Buổi 2");
    form.getByLabel("Có tổ chức học bù cho người vắng mặt").check();
    typeDate(form.getByLabel("Ngày học bù"), "10/01/2026");
    form.getByLabel("Đánh giá, rút kinh nghiệm (nơi làm tốt, nơi chưa tốt)")
        .fill("Chi bộ Tổ dân phố 1 tổ chức tốt; Tổ dân phố 2 còn 24 đảng viên vắng, học bù ngày 10/01/2026.");
    webapps.screenshotForDocs("study-form-filled", "tasklist");
    // "Hoàn thành" without "Lưu" first, although a dynamic list was edited; a confirmation names the task
    assertThat(tasklist.completeButton()).isEnabled();
    tasklist.complete();
    assertThat(webapps.notifications()).containsText("Đã hoàn thành công việc");
    assertThat(webapps.notifications()).containsText(STUDY_TASK);

    assertThat(tasklist.tasks(STUDY_TASK)).hasCount(0);
    webapps.screenshot("study-task-completed");
    assertThat(admin.list("/history/task?taskId=" + studyTask).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");

    // The rollout moves on to the ward office, which finds its task under the same filter.
    String programmeTask = awaitTask(admin, rollout, PROGRAMME_TASK);
    assertThat(candidateGroups(admin, programmeTask)).containsExactly("dn-hai-chau.van-phong");
    webapps.logOut();
    webapps.logIn(new Credentials("haichau.vanphong", PASSWORD));
    assertThat(webapps.openTasklist().filter(UNIT_TASKS).tasks(PROGRAMME_TASK)).hasCount(1);
    webapps.screenshot("programme-task-for-the-ward-office");
  }

  @Test
  void shouldShowAVietnameseErrorAndCompleteNothingWhenTheFormIsWrong(Webapps webapps, EngineRest admin) {
    String rollout = new Rollouts(admin).register("02-NQ/ĐU", "Nghị quyết Đại hội Đảng bộ phường Thanh Khê", "dn-thanh-khe");
    String studyTask = awaitTask(admin, rollout, STUDY_TASK);
    webapps.allowRefusal("/task/" + studyTask + "/submit-form");

    webapps.logIn(new Credentials("thanhkhe.xaydungdang", PASSWORD));
    Tasklist tasklist = webapps.openTasklist().filter(UNIT_TASKS).open(STUDY_TASK).claim()
        .filter(MY_TASKS).open(STUDY_TASK);
    Locator form = tasklist.details();

    // More attended than invited.
    fillSession(form, 0, "15/12/2025", "Cán bộ chủ chốt", "Trực tiếp", 40, 52);
    tasklist.save().complete();
    assertThat(webapps.notifications())
        .containsText("Buổi 1: số tham dự (52) không thể lớn hơn số được triệu tập (40).");
    webapps.screenshot("attended-more-than-invited");
    assertThat(admin.get("/task/" + studyTask).status()).isEqualTo(200);
    assertThat(tasklist.tasks(STUDY_TASK)).hasCount(1);
    webapps.closeNotifications();

    // A session after the end of the term (01/10/2025 – 30/09/2030).
    form.getByLabel("Số tham dự").first().fill("38");
    typeDate(form.getByLabel("Ngày tổ chức").first(), "15/10/2030");
    tasklist.save().complete();
    assertThat(webapps.notifications()).containsText("Buổi 1: ngày 15/10/2030 nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");
    webapps.screenshot("session-outside-the-term");
    assertThat(admin.get("/task/" + studyTask).status()).isEqualTo(200);
    assertThat(admin.list("/task?processInstanceBusinessKey=" + EngineRest.encode(rollout)).expect(200).json().size())
        .isEqualTo(1);
  }

  /** One row of the form's dynamic list "Các buổi học tập, quán triệt", by its Vietnamese labels. */
  private static void fillSession(Locator form, int row, String date, String audience, String format, int invited, int attended) {
    typeDate(form.getByLabel("Ngày tổ chức").nth(row), date);
    choose(form, "Đối tượng", row, audience);
    choose(form, "Hình thức", row, format);
    form.getByLabel("Số được triệu tập").nth(row).fill(String.valueOf(invited));
    form.getByLabel("Số tham dự").nth(row).fill(String.valueOf(attended));
  }

  /**
   * form-js's date picker takes the date typed as dd/MM/yyyy (lib/rollout/tasklist.js, whatever the
   * browser's language) when it loses focus, and shows it back as typed. form-js may render a date field
   * again just after the field that shows it changed (the make-up date appears when its checkbox is
   * ticked), losing what was typed into the first one: type until it stays.
   */
  static void typeDate(Locator input, String dayMonthYear) {
    String shown = dayMonthYear;
    for (int attempt = 0; attempt < 3 && !shown.equals(input.inputValue()); attempt++) {
      input.fill(dayMonthYear);
      input.blur();
      input.page().waitForTimeout(250);
    }
    assertThat(input).hasValue(shown);
  }

  private static void choose(Locator form, String label, int row, String option) {
    form.locator(".fjs-form-field-select").filter(new Locator.FilterOptions().setHasText(label)).nth(row)
        .locator(".fjs-select-display").click();
    form.locator(".fjs-dropdownlist-item").getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
  }


  private static String awaitTask(EngineRest admin, String businessKey, String name) {
    String query = "/task?processInstanceBusinessKey=" + EngineRest.encode(businessKey) + "&name=" + EngineRest.encode(name);
    JsonNode tasks = await().atMost(Duration.ofSeconds(30))
        .until(() -> admin.list(query).expect(200).json(), found -> found.size() == 1);
    return tasks.get(0).get("id").asText();
  }

  private static List<String> candidateGroups(EngineRest admin, String taskId) {
    List<String> groups = new ArrayList<>();
    for (JsonNode link : admin.get("/task/" + taskId + "/identity-links?type=candidate").expect(200).json()) {
      groups.add(link.get("groupId").asText());
    }
    return groups;
  }
}
