package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.OnPhone;
import vn.rollout.e2e.support.Rollouts;
import vn.rollout.e2e.support.Webapps;

/**
 * Path 5 on a phone (issue 27): an official claims, fills and completes the study task, and a lead unit its
 * quarterly progress report, in Tasklist on a 390 × 844 touch screen with a mobile browser, tapping as a
 * person does. At each step the layout facts are checked on the page itself: the header covers none of the
 * filters, nothing scrolls sideways, the form's fields stand in one column, "Nhận việc", "Lưu" and
 * "Hoàn thành" can be scrolled to and tapped, and no "made for large screens" warning shows. The wards are
 * Sơn Trà's (a resolution of their own each, so that each rollout starts where the test needs it).
 */
@EndToEndTest
class PhoneE2E {

  static final String PASSWORD = "TrienKhai@2026";
  static final String SON_TRA = "dn-son-tra";
  static final Credentials PARTY_BUILDING = new Credentials("sontra.xaydungdang", PASSWORD);
  static final Credentials OFFICE = new Credentials("sontra.vanphong", PASSWORD);
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String PROGRESS_TASK = "Báo cáo tiến độ quý: ";
  static final String ITEM = "Số hóa hồ sơ của 860 đảng viên thuộc 31 chi bộ phường";

  @Test
  @OnPhone
  void shouldLetAWardOfficialDoTheStudyTaskOnAPhone(Webapps webapps, EngineRest admin) {
    Rollouts rollouts = new Rollouts(admin);
    String rollout = rollouts.register("27-NQ/ĐU", "Nghị quyết về xây dựng Đảng bộ phường Sơn Trà trong sạch, vững mạnh",
        SON_TRA);
    String studyTask = rollouts.awaitTask(rollout, Rollouts.STUDY_TASK);
    Page page = webapps.page();

    webapps.openLogin();
    assertNoLargeScreenWarning(page);
    webapps.logIn(PARTY_BUILDING);
    assertNoLargeScreenWarning(page);
    webapps.openTasklist();
    tapFilter(page, UNIT_TASKS);
    Locator card = card(page, "27-NQ/ĐU", Rollouts.STUDY_TASK);
    assertThat(card).isVisible();
    assertFiltersUncovered(page);
    assertNoSidewaysScroll(page);
    assertNoLargeScreenWarning(page);
    webapps.screenshotOfScreenForDocs("phone-task-list", "phone-tasklist");

    card.locator("h4.task").tap();
    Locator details = page.locator("section.task-details");
    assertThat(details.locator("h2.task")).hasText(Rollouts.STUDY_TASK);
    Locator form = details.locator(".fjs-form");
    assertThat(form).containsText("27-NQ/ĐU");
    tapButton(page, details, "Nhận việc");
    Locator complete = button(details, "Hoàn thành");
    assertThat(complete).isEnabled();

    // One session, typed with the phone's own date picker (form-js hands a mobile browser an <input type=date>).
    typeDate(field(form, "datetime", "Ngày tổ chức"), "2025-12-18");
    choose(page, form, "Đối tượng", "Cán bộ chủ chốt");
    choose(page, form, "Hình thức", "Trực tiếp");
    type(page, form.getByLabel("Số được triệu tập").first(), "52");
    type(page, form.getByLabel("Số tham dự").first(), "50");
    type(page, form.getByLabel("Đánh giá, rút kinh nghiệm (nơi làm tốt, nơi chưa tốt)"),
        "Hội nghị trực tiếp tại hội trường phường; 2 đồng chí vắng có lý do, đã nhận tài liệu.");
    assertOneColumn(page, form);
    assertNoSidewaysScroll(page);
    field(form, "datetime", "Ngày tổ chức").scrollIntoViewIfNeeded();
    webapps.screenshotOfScreenForDocs("phone-study-form", "phone-study-form");

    Locator save = button(details, "Lưu");
    tapButton(page, details, "Lưu");
    assertThat(save).isDisabled();
    assertReachable(page, complete);
    webapps.screenshotOfScreenForDocs("phone-study-buttons", "phone-study-buttons");
    assertNoLargeScreenWarning(page);
    tapButton(page, details, "Hoàn thành");

    await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/task/" + studyTask).status() == 404);
    JsonNode done = admin.list("/history/task?taskId=" + studyTask).expect(200).json().get(0);
    assertThat(done.get("deleteReason").asText()).isEqualTo("completed");
    assertThat(done.get("assignee").asText()).isEqualTo(PARTY_BUILDING.id());
    assertThat(card(page, "27-NQ/ĐU", Rollouts.STUDY_TASK)).hasCount(0);
    webapps.screenshot("study-task-completed");
    rollouts.awaitTask(rollout, Rollouts.PROGRAMME_TASK);
  }

  @Test
  @OnPhone
  void shouldLetALeadUnitReportItsQuarterlyProgressOnAPhone(Webapps webapps, EngineRest admin) {
    // Sơn Trà's programme approved, its office the lead of one item; the quarter's report falls due now.
    Rollouts rollouts = new Rollouts(admin);
    String rollout = rollouts.register("28-NQ/ĐU", "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng của phường Sơn Trà",
        SON_TRA);
    rollouts.holdStudy(rollout);
    rollouts.submitDraft(rollout, List.of(Rollouts.item(ITEM, SON_TRA + ".van-phong", List.of(), 90_000_000L, "2 cán bộ",
        "2027-06-30", "860 hồ sơ được số hóa và cập nhật", "860 hồ sơ")));
    rollouts.approve(rollout);
    String progressTask = quarterDue(admin, rollout);

    Page page = webapps.page();
    webapps.logIn(OFFICE);
    webapps.openTasklist();
    assertNoLargeScreenWarning(page);
    tapFilter(page, UNIT_TASKS);
    Locator card = card(page, "28-NQ/ĐU", PROGRESS_TASK + ITEM);
    assertFiltersUncovered(page);
    card.locator("h4.task").tap();
    Locator details = page.locator("section.task-details");
    assertThat(details.locator("h2.task")).hasText(PROGRESS_TASK + ITEM);
    Locator form = details.locator(".fjs-form");
    assertThat(form).containsText("28-NQ/ĐU");
    tapButton(page, details, "Nhận việc");
    assertThat(button(details, "Hoàn thành")).isEnabled();

    type(page, form.getByLabel("Tiến độ đến hết quý (%)"), "35");
    type(page, form.getByLabel("Chỉ tiêu đạt được đến hết quý (số liệu)"), "300 hồ sơ");
    type(page, form.getByLabel("Tình hình thực hiện, khó khăn, kiến nghị"),
        "Đã số hóa 300/860 hồ sơ; cần thêm 01 máy quét cho bộ phận một cửa.");
    assertOneColumn(page, form);
    assertNoSidewaysScroll(page);
    tapButton(page, details, "Lưu");
    assertThat(button(details, "Lưu")).isDisabled();
    assertReachable(page, button(details, "Hoàn thành"));
    webapps.screenshotOfScreenForDocs("phone-progress-report", "phone-progress-report");
    tapButton(page, details, "Hoàn thành");

    await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/task/" + progressTask).status() == 404);
    assertThat(admin.list("/history/task?taskId=" + progressTask).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");
    JsonNode item = admin.productApi().get("/committees/" + SON_TRA + "/items?resolution=" + Rollouts.resolutionId(rollout))
        .expect(200).json().get(0);
    assertThat(item.get("progressPercent").asInt()).isEqualTo(35);
    assertThat(item.get("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode figure = admin.list("/history/variable-instance?variableName=targetReached&taskIdIn=" + progressTask)
        .expect(200).json();
    assertThat(figure).hasSize(1);
    assertThat(figure.get(0).get("value").asText()).isEqualTo("300 hồ sơ");
    JsonNode note = admin.list("/history/variable-instance?variableName=statusNote&taskIdIn=" + progressTask).expect(200).json();
    assertThat(note.get(0).get("value").asText()).startsWith("Đã số hóa 300/860 hồ sơ");
    assertThat(card(page, "28-NQ/ĐU", PROGRESS_TASK + ITEM)).hasCount(0);
    webapps.screenshot("progress-report-completed");
  }

  /**
   * The quarter's report of the rollout's one item falls due: its quarterly timer ("Đến kỳ báo cáo quý") is
   * executed now through Camunda's REST API, as an administrator's "run now" in Cockpit would (the packaged
   * application's engine clock cannot be moved from outside). Answers the report task's id.
   */
  private static String quarterDue(EngineRest admin, String rollout) {
    String executeItem = "/task?processInstanceBusinessKey=" + EngineRest.encode(rollout) + "&taskDefinitionKey=Task_ExecuteItem";
    JsonNode task = await().atMost(Duration.ofSeconds(60))
        .until(() -> admin.list(executeItem).expect(200).json(), found -> found.size() == 1).get(0);
    String instance = task.get("processInstanceId").asText();
    JsonNode timers = admin.list("/job?processInstanceId=" + instance + "&activityId=StartEvent_QuarterDue").expect(200).json();
    assertThat(timers).hasSize(1);
    admin.post("/job/" + timers.get(0).get("id").asText() + "/execute", Map.of()).expect(204);
    String report = "/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_ReportQuarterlyProgress";
    return await().atMost(Duration.ofSeconds(30))
        .until(() -> admin.list(report).expect(200).json(), found -> found.size() == 1).get(0).get("id").asText();
  }

  private static void tapFilter(Page page, String name) {
    page.locator("section.task-filters").getByText(name).first().tap();
  }

  /** The task's card in the list, by the resolution's symbol it shows and the task's name. */
  private static Locator card(Page page, String symbol, String taskName) {
    return page.locator("ol.tasks-list > li.task").filter(new Locator.FilterOptions().setHasText(symbol))
        .filter(new Locator.FilterOptions().setHas(page.locator("h4.task").getByText(taskName,
            new Locator.GetByTextOptions().setExact(true))));
  }

  private static Locator button(Locator details, String name) {
    return details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Scrolls to the button, checks that a finger reaches it (on screen, nothing over it), and taps it. */
  private static void tapButton(Page page, Locator details, String name) {
    Locator button = button(details, name);
    assertReachable(page, button);
    button.tap();
  }

  /** After scrolling to it, the element lies wholly on the screen and is what a tap on its centre hits. */
  private static void assertReachable(Page page, Locator element) {
    element.scrollIntoViewIfNeeded();
    BoundingBox box = element.boundingBox();
    assertThat(box).as("%s on the page", element).isNotNull();
    assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
    assertThat(box.y).as("top edge").isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(Webapps.PHONE_WIDTH);
    // (within a pixel: the layout's fractions, e.g. 844.14 for a button scrolled to the page's very end)
    assertThat(box.y + box.height).as("bottom edge").isLessThanOrEqualTo(Webapps.PHONE_HEIGHT + 1);
    Object hit = element.evaluate("(e, p) => { const t = document.elementFromPoint(p.x, p.y); return e === t || e.contains(t); }",
        Map.of("x", box.x + box.width / 2, "y", box.y + box.height / 2));
    assertThat(hit).as("a tap on %s reaches it (nothing over it)", element).isEqualTo(true);
  }

  /**
   * Scrolled to the top, the header ends where the filters begin: every filter lies below it, on the screen,
   * and is what a tap on its centre hits.
   */
  private static void assertFiltersUncovered(Page page) {
    page.evaluate("() => window.scrollTo(0, 0)");
    BoundingBox header = page.locator("[cam-widget-header]").boundingBox();
    Locator filters = page.locator("section.task-filters .item.task-filter")
        .filter(new Locator.FilterOptions().setVisible(true));
    assertThat(filters.count()).as("filters shown").isGreaterThan(0);
    for (int i = 0; i < filters.count(); i++) {
      Locator filter = filters.nth(i);
      BoundingBox box = filter.boundingBox();
      assertThat(box.y).as("filter %s starts below the header (%s px tall)", filter.textContent().strip(), header.height)
          .isGreaterThanOrEqualTo(header.y + header.height);
      assertThat(box.x + box.width).as("filter within the screen's width").isLessThanOrEqualTo(Webapps.PHONE_WIDTH);
      if (box.y + box.height <= Webapps.PHONE_HEIGHT) {
        Object hit = filter.evaluate(
            "(e, p) => { const t = document.elementFromPoint(p.x, p.y); return e === t || e.contains(t); }",
            Map.of("x", box.x + Math.min(box.width / 2, 40), "y", box.y + box.height / 2));
        assertThat(hit).as("filter %s not covered", filter.textContent().strip()).isEqualTo(true);
      }
    }
  }

  /** Nothing is wider than the screen: the page does not scroll sideways. */
  private static void assertNoSidewaysScroll(Page page) {
    Object widths = page.evaluate("() => [document.documentElement.scrollWidth, document.body.scrollWidth,"
        + " (document.querySelector('.page-wrap') || document.body).scrollWidth, window.innerWidth]");
    List<?> measured = (List<?>) widths;
    int screen = ((Number) measured.get(3)).intValue();
    assertThat(screen).isEqualTo(Webapps.PHONE_WIDTH);
    for (Object width : measured) {
      assertThat(((Number) width).intValue()).as("scroll widths %s", measured).isLessThanOrEqualTo(screen);
    }
  }

  /**
   * The form's fields stand one under the other: no two fields share a line, and each lies within the
   * screen's width. (Groups and lists hold fields; their own fields are what is compared.)
   */
  private static void assertOneColumn(Page page, Locator form) {
    Locator fields = form.locator(".fjs-form-field:not(.fjs-form-field-dynamiclist):not(.fjs-form-field-group)"
        + ":not(.fjs-form-field-text):not(.fjs-powered-by)").filter(new Locator.FilterOptions().setVisible(true));
    List<BoundingBox> boxes = new ArrayList<>();
    for (int i = 0; i < fields.count(); i++) {
      boxes.add(fields.nth(i).boundingBox());
    }
    assertThat(boxes).as("fields of the form").hasSizeGreaterThanOrEqualTo(3);
    boxes.sort(Comparator.comparingDouble(box -> box.y));
    for (int i = 0; i < boxes.size(); i++) {
      BoundingBox box = boxes.get(i);
      assertThat(box.x).as("field %d's left edge", i).isGreaterThanOrEqualTo(0);
      assertThat(box.x + box.width).as("field %d's right edge", i).isLessThanOrEqualTo(Webapps.PHONE_WIDTH);
      if (i > 0) {
        BoundingBox above = boxes.get(i - 1);
        assertThat(box.y).as("field %d starts below field %d ends (one column)", i, i - 1)
            .isGreaterThanOrEqualTo(above.y + above.height - 1);
      }
    }
  }

  /** Camunda's header shows a "made for large screens" icon up to 842 px wide: not on the product's pages. */
  private static void assertNoLargeScreenWarning(Page page) {
    assertThat(page.locator(".small-screen-warning")).isHidden();
    assertThat(page.getByText("màn hình lớn")).hasCount(0);
    assertThat(page.getByText("larger screens")).hasCount(0);
  }

  /** A form field of a kind ({@code datetime}, {@code select}…) by its label, the first one. */
  private static Locator field(Locator form, String kind, String label) {
    return form.locator(".fjs-form-field-" + kind).filter(new Locator.FilterOptions().setHasText(label)).first();
  }

  /**
   * A date, with the phone's own picker: form-js (flatpickr) gives a mobile browser a native
   * {@code <input type=date>}, which takes the ISO date; if a later form-js shows its own text field
   * instead, the date is typed as the date format its placeholder shows.
   */
  private static void typeDate(Locator dateField, String isoDate) {
    Locator input = dateField.locator("input:not([type=hidden])").first();
    input.scrollIntoViewIfNeeded();
    if ("date".equals(input.getAttribute("type"))) {
      input.fill(isoDate);
      input.blur();
      input.page().waitForTimeout(600);
      assertThat(input).hasValue(isoDate);
      return;
    }
    String[] ymd = isoDate.split("-");
    String placeholder = String.valueOf(input.getAttribute("placeholder")).toLowerCase();
    String typed = placeholder.startsWith("dd") ? ymd[2] + "/" + ymd[1] + "/" + ymd[0] : ymd[1] + "/" + ymd[2] + "/" + ymd[0];
    input.fill(typed);
    input.blur();
  }

  /**
   * Types into a field and waits until form-js has taken it: form-js passes typing on to the form 300 ms later,
   * and a field changed before that is drawn again with the form's older value (see Tasklist#save). A person
   * never goes from field to field that fast.
   */
  private static void type(Page page, Locator input, String text) {
    input.fill(text);
    page.waitForTimeout(600);
    assertThat(input).hasValue(text);
  }

  /** A choice in a form-js select, tapped open and tapped. */
  private static void choose(Page page, Locator form, String label, String option) {
    field(form, "select", label).locator(".fjs-select-display").tap();
    form.locator(".fjs-dropdownlist-item").getByText(option, new Locator.GetByTextOptions().setExact(true)).tap();
  }
}
