package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Rollouts;
import vn.rollout.e2e.support.Tasklist;
import vn.rollout.e2e.support.Webapps;

/**
 * Path 2: the office of a commune under Tỉnh ủy Bắc Ninh (Đảng ủy xã Tiên Du) drafts its action
 * programme by copying the province's; the check returns it with the copied items marked; the office
 * rewrites it; the standing committee approves it and the programme gets its symbol. (Bắc Ninh, so
 * that the Đà Nẵng wards of the other paths find no task of this resolution in their lists.)
 */
@EndToEndTest
class WardOfficeE2E {

  static final String PASSWORD = "TrienKhai@2026";
  static final Credentials OFFICE = new Credentials("tiendu.vanphong", PASSWORD);
  static final Credentials STANDING_COMMITTEE = new Credentials("tiendu.thuongvu", PASSWORD);
  static final String PROVINCE = "bn";
  static final String COMMUNE = "bn-tien-du";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String MY_TASKS = "Việc của tôi";
  static final String COMMUNE_OFFICE = "Văn phòng Đảng ủy xã Tiên Du";

  static final String DIGITISE = "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn tỉnh";
  static final String DIGITISED = "Cơ sở dữ liệu đảng viên 100% hồ sơ được số hóa, kết nối với Trung ương";
  static final String CONFERENCE = "Tổ chức hội nghị sơ kết 02 năm thực hiện chương trình chuyển đổi số trong các cơ quan đảng của tỉnh";
  static final String TARGET = "Hồ sơ đảng viên được số hóa";
  static final String TARGETS_LABEL = "Chỉ tiêu của nghị quyết mà nhiệm vụ góp phần thực hiện";
  /** form-js's "Add new" under a dynamic list, in Vietnamese (lib/rollout/tasklist.js). */
  static final String ADD_ROW = "Thêm mới";
  static final String CONFERENCE_HELD = "01 hội nghị sơ kết, báo cáo có phụ lục số liệu";

  @Test
  void shouldReturnACopiedProgrammeThenApproveTheFixedOneWithItsSymbol(Webapps webapps, EngineRest admin) {
    // The province's programme approved; the commune's rollout started by it, its study held.
    Rollouts rollouts = new Rollouts(admin);
    // the resolution's target an item of the commune's programme serves (issue 23)
    String province = rollouts.register("05-NQ/TU", "Nghị quyết về chuyển đổi số trong các cơ quan đảng tỉnh Bắc Ninh", PROVINCE,
        List.of(Rollouts.target(TARGET, "hồ sơ", 0, 2025, 10_000, 2027, "xây dựng Đảng", true)));
    rollouts.holdStudy(province);
    rollouts.submitDraft(province, List.of(
        Rollouts.item(DIGITISE, "bn.to-chuc", List.of("bn.van-phong"), 9_000_000_000L, "15 cán bộ", "2027-12-31", DIGITISED,
            "100% hồ sơ"),
        Rollouts.item(CONFERENCE, "bn.van-phong", List.of(), null, "4 cán bộ", "2027-10-31", CONFERENCE_HELD, null)));
    rollouts.approve(province);
    String commune = Rollouts.businessKey(province, COMMUNE);
    rollouts.holdStudy(commune);
    String firstDraft = rollouts.awaitTask(commune, Rollouts.PROGRAMME_TASK);
    String provinceSymbol = admin.get("/process-instance/" + rollouts.processInstance(province) + "/variables/programmeSymbol")
        .expect(200).json().get("value").asText();

    // a laptop's screen, 1366 px wide (issue 27: the approval table has no column cut off)
    webapps.page().setViewportSize(1366, 768);

    // 1. The commune's office opens the task: the province's programme is there for reference.
    webapps.logIn(OFFICE);
    Tasklist tasklist = webapps.openTasklist().filter(UNIT_TASKS).open(Rollouts.PROGRAMME_TASK).claim()
        .filter(MY_TASKS).open(Rollouts.PROGRAMME_TASK);
    Locator form = tasklist.details();
    assertThat(form).containsText("Chương trình hành động của cấp trên (để tham khảo): " + provinceSymbol);
    assertThat(form).containsText(DIGITISE);
    assertThat(form).containsText("Đảng ủy xã Tiên Du");

    // 2. It copies the province's items word for word, with itself as the lead, and completes.
    fillItem(webapps.page(), form, 0, DIGITISE, "31/12/2027", DIGITISED);
    // the first item serves the resolution's target, chosen among the resolution's targets
    Locator targets = form.locator(".fjs-form-field-taglist").filter(new Locator.FilterOptions().setHasText(TARGETS_LABEL));
    targets.nth(0).locator("input").click();
    webapps.page().locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(TARGET)).first().click();
    // a person does not click within form-js's 300 ms of typing: the button would move under the pointer
    webapps.page().waitForTimeout(600);
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(ADD_ROW)).click();
    fillItem(webapps.page(), form, 1, CONFERENCE, "31/10/2027", CONFERENCE_HELD);
    // each item numbered as the server's messages name it ("Nhiệm vụ 2: …"), each with its × to delete it
    assertThat(form.getByLabel("Nhiệm vụ 1: nội dung công việc")).hasCount(1);
    assertThat(form.getByLabel("Nhiệm vụ 2: nội dung công việc")).hasCount(1);
    assertThat(form.locator(".fjs-repeat-row-remove")).hasCount(2);
    webapps.screenshot("programme-copied");
    tasklist.save().complete();
    assertThat(tasklist.tasks(Rollouts.PROGRAMME_TASK)).hasCount(0);
    assertThat(admin.list("/history/task?taskId=" + firstDraft).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");

    // 3. The check sends it back: the copied items are marked in the form, each with the province's item it copies.
    String returned = rollouts.awaitTask(commune, Rollouts.PROGRAMME_TASK);
    assertThat(returned).isNotEqualTo(firstDraft);
    tasklist.filter(UNIT_TASKS).open(Rollouts.PROGRAMME_TASK);
    // Claimed by hand: on a form whose dynamic list comes filled, Tasklist 7.24 enables "Hoàn thành"
    // only once the list is edited and saved (see Tasklist.save), which Tasklist.claim() would wait for.
    Locator claim = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhận việc"));
    claim.click();
    assertThat(claim).isHidden();
    tasklist.filter(MY_TASKS).open(Rollouts.PROGRAMME_TASK);
    assertThat(form).containsText("Bị trả lại: chương trình chưa đủ cụ thể, cần sửa");
    // the findings come before everything but the heading
    assertThat(form.locator(".fjs-form-field-text").nth(1)).containsText("Bị trả lại");
    // the target chosen for item 1 was stored: the returned draft shows it again, item 2 serves none
    assertThat(targets.nth(0).locator(".fjs-taglist-tag")).hasCount(1);
    assertThat(targets.nth(0).locator(".fjs-taglist-tag")).containsText(TARGET);
    assertThat(targets.nth(1).locator(".fjs-taglist-tag")).hasCount(0);
    assertThat(form).containsText("Nhiệm vụ 1: Nội dung gần như chép lại mục 1 của chương trình cấp trên");
    Locator marks = form.getByLabel("Kiểm tra tự động: cần sửa");
    assertThat(marks).hasCount(2);
    assertThat(marks.nth(0)).hasValue(Pattern.compile("chép lại mục 1 của chương trình cấp trên"));
    assertThat(marks.nth(1)).hasValue(Pattern.compile("chép lại mục 2 của chương trình cấp trên"));
    marks.nth(0).scrollIntoViewIfNeeded();
    webapps.screenshotForDocs("programme-returned", "tasklist-programme-returned");

    // 4. The office writes the commune's own items: its party members, its cells, its figures.
    rewriteItem(form, 0, "Số hóa hồ sơ của 640 đảng viên thuộc 18 chi bộ của xã Tiên Du, cập nhật vào cơ sở dữ liệu của tỉnh",
        "640 hồ sơ được số hóa và cập nhật");
    rewriteItem(form, 1, "Rà soát, bổ sung lý lịch của 640 đảng viên tại 18 chi bộ thôn trước khi số hóa",
        "Danh sách 640 lý lịch đã rà soát, có xác nhận của bí thư chi bộ");
    tasklist.save().complete();
    String approval = rollouts.awaitTask(commune, Rollouts.APPROVAL_TASK);

    // 5. The standing committee approves it.
    webapps.logOut();
    webapps.logIn(STANDING_COMMITTEE);
    Tasklist standing = webapps.openTasklist().filter(UNIT_TASKS).open(Rollouts.APPROVAL_TASK).claim()
        .filter(MY_TASKS).open(Rollouts.APPROVAL_TASK);
    Locator approvalForm = standing.details();
    assertThat(approvalForm).containsText("Số hóa hồ sơ của 640 đảng viên");
    assertThat(approvalForm).containsText(COMMUNE_OFFICE);
    // every column of the table readable at 1366 px: the table is not wider than the form shows
    Locator table = approvalForm.locator(".fjs-form-field-table table").first();
    assertThat(table.locator("th").last()).hasText("Kết quả đầu ra");
    assertThat((Boolean) table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth + 1")).isTrue();
    approvalForm.getByLabel("Phê duyệt, ban hành chương trình").check();
    webapps.screenshot("programme-approval");
    standing.save().complete();
    assertThat(standing.tasks(Rollouts.APPROVAL_TASK)).hasCount(0);
    assertThat(admin.list("/history/task?taskId=" + approval).expect(200).json().get(0).get("deleteReason").asText())
        .isEqualTo("completed");

    // 6. The programme has its symbol: in the engine, in the product's API and in the office's dashboard.
    String symbol = admin.get("/process-instance/" + rollouts.processInstance(commune) + "/variables/programmeSymbol")
        .expect(200).json().get("value").asText();
    assertThat(symbol).matches("\\d{2}-CTr/ĐU");
    long resolution = Rollouts.resolutionId(province);
    JsonNode status = admin.as(OFFICE).productApi()
        .get("/resolutions/" + resolution + "/status?committee=" + COMMUNE + "&depth=0").expect(200).json();
    assertThat(status.get("committees").get(0).get("programmeSymbol").asText()).isEqualTo(symbol);
    webapps.logOut();
    webapps.logIn(OFFICE);
    // the office lands on its dashboard, its commune preset; the resolution as a link would open it
    Page page = webapps.page();
    assertThat(page).hasURL(java.util.regex.Pattern.compile("#/rollout\\?committee=" + COMMUNE + "$"));
    webapps.open("cockpit", "#/rollout?committee=" + COMMUNE + "&resolution=" + resolution);
    Locator row = page.locator("tr.rollout-row[data-code='" + COMMUNE + "']");
    assertThat(row.locator(".rollout-programme")).hasText(symbol);
    assertThat(row.locator(".rollout-phase")).hasText("Tổ chức thực hiện");
    assertThat(row.locator(".rollout-count--grey")).hasText("2");
    page.locator("#rollout-dashboard").evaluate("section => section.scrollIntoView()");
    webapps.screenshotForDocs("programme-symbol", "cockpit-programme-symbol");
  }

  /** One item of the dynamic list "Các nhiệm vụ của chương trình", led by the commune's office, needing no budget, done by two of its officials. */
  private static void fillItem(Page page, Locator form, int row, String content, String deadlineDayMonthYear, String output) {
    // form-js takes typing 300 ms later, and inside a dynamic list a field's late change can overwrite a
    // sibling typed meanwhile (its row written back as it was): each field is left as a person leaves it,
    // not within 300 ms of the next
    Runnable settle = () -> page.waitForTimeout(600);
    form.getByLabel("Nội dung công việc").nth(row).fill(content);
    settle.run();
    Locator lead = form.locator(".fjs-form-field-select")
        .filter(new Locator.FilterOptions().setHasText("Cơ quan, đơn vị chủ trì")).nth(row).locator("input").first();
    lead.click();
    page.locator(".fjs-dropdownlist-item").getByText(COMMUNE_OFFICE, new Locator.GetByTextOptions().setExact(true)).click();
    settle.run();
    // an amount in đồng is shown with its thousands separators as it is typed (lib/rollout/tasklist.js)
    Locator budget = form.getByLabel("Kinh phí (đồng)").nth(row);
    budget.fill("9000000000");
    assertThat(form.locator(".fjs-form-field-number").filter(new Locator.FilterOptions().setHasText("Kinh phí (đồng)")).nth(row))
        .hasAttribute("data-rollout-money", "9.000.000.000 đồng");
    settle.run();
    budget.fill("");
    settle.run();
    form.getByLabel("Không cần kinh phí").nth(row).check();
    settle.run();
    // (an item with no budget names who does it: the check returns it otherwise)
    form.getByLabel("Nhân lực").nth(row).fill("2 cán bộ Văn phòng Đảng ủy xã");
    settle.run();
    Locator deadline = form.getByLabel("Thời hạn hoàn thành").nth(row);
    deadline.fill(deadlineDayMonthYear);
    deadline.blur();
    settle.run();
    form.getByLabel("Kết quả đầu ra cụ thể").nth(row).fill(output);
    settle.run();
    assertThat(form.getByLabel("Kết quả đầu ra cụ thể").nth(row)).hasValue(output);
  }

  private static void rewriteItem(Locator form, int row, String content, String output) {
    form.getByLabel("Nội dung công việc").nth(row).fill(content);
    form.page().waitForTimeout(600); // (see fillItem)
    form.getByLabel("Kết quả đầu ra cụ thể").nth(row).fill(output);
    form.page().waitForTimeout(600);
  }
}
