package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import com.microsoft.playwright.options.Media;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Rollouts;
import vn.rollout.e2e.support.Webapps;

/**
 * Path 3: the city's secretariat (an official of the city's office, {@code dn.vanphong}) follows a
 * resolution's rollout in Cockpit's dashboard, drills down to a committee's items and process
 * instance, and exports the table to Excel.
 */
@EndToEndTest
class SecretariatE2E {

  static final Credentials CITY_OFFICE = new Credentials("dn.vanphong", "TrienKhai@2026");
  static final String CITY = "dn";
  static final String HAI_CHAU = "dn-hai-chau";
  static final String THANH_KHE = "dn-thanh-khe";

  @Test
  void shouldShowTheWardsPhaseAndColoursInTheDashboardAndExportThem(Webapps webapps, EngineRest admin) throws IOException {
    // The city's programme approved with three items, one of them past its deadline (30/06/2026);
    // the wards' rollouts started by it; Thanh Khê has held its study and is at its programme.
    Rollouts rollouts = new Rollouts(admin);
    // The resolution sets one target (chỉ tiêu), which the city's first item serves.
    String city = rollouts.register("03-NQ/TU", "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng", CITY,
        List.of(Rollouts.target("Hồ sơ đảng viên được số hóa", "hồ sơ", 1500, 2025, 12500, 2027, "PARTY_BUILDING", true)));
    String recordsTarget = admin.productApi().get("/resolutions/" + Rollouts.resolutionId(city) + "/status?committee=" + CITY
        + "&depth=0").expect(200).json().get("targets").get(0).get("id").asText();
    rollouts.holdStudy(city);
    rollouts.submitDraft(city, List.of(
        Rollouts.serving(Rollouts.item("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", "dn.to-chuc",
            List.of("dn.van-phong", "unit.dn-so-khcn"), 12_000_000_000L, "20 cán bộ", "2027-12-31",
            "Cơ sở dữ liệu đảng viên 100% hồ sơ được số hóa, kết nối với Trung ương", "100% hồ sơ"), recordsTarget),
        Rollouts.item("Tổ chức 03 hội nghị quán triệt chuyên đề chuyển đổi số cho cán bộ chủ chốt", "dn.tuyen-giao-dan-van",
            List.of(), null, "5 báo cáo viên", "2026-06-30", "03 hội nghị, biên bản và danh sách dự", null),
        Rollouts.item("Đưa vào sử dụng phần mềm quản lý văn bản thống nhất tại 100% đảng ủy phường, xã", "dn.van-phong",
            List.of("unit.dn-so-khcn"), 3_500_000_000L, "8 cán bộ", "2028-06-30",
            "Phần mềm dùng chung tại 100% đảng ủy phường, xã", "100% đảng ủy")));
    rollouts.approve(city);
    // Hải Châu carries out its own programme, one item already overdue; Thanh Khê drafts its programme;
    // Sơn Trà is still studying. (OfficialE2E's wards find no task of this resolution in their lists.)
    String haiChau = Rollouts.businessKey(city, HAI_CHAU);
    rollouts.holdStudy(haiChau);
    rollouts.submitDraft(haiChau, List.of(
        Rollouts.item("Số hóa hồ sơ của 1.250 đảng viên thuộc 42 chi bộ phường, cập nhật vào cơ sở dữ liệu của thành phố",
            "dn-hai-chau.van-phong", List.of(), 150_000_000L, "3 cán bộ", "2027-06-30",
            "1.250 hồ sơ được số hóa và cập nhật", "1.250 hồ sơ"),
        Rollouts.item("Mở lớp bồi dưỡng kỹ năng số cho bí thư 42 chi bộ khu dân cư", "dn-hai-chau.xay-dung-dang", List.of(), null,
            "2 báo cáo viên", "2026-09-30", "42 bí thư chi bộ được bồi dưỡng, có danh sách ký nhận", null)));
    rollouts.approve(haiChau);
    String thanhKhe = Rollouts.businessKey(city, THANH_KHE);
    rollouts.holdStudy(thanhKhe);
    rollouts.awaitTask(thanhKhe, Rollouts.PROGRAMME_TASK);
    long resolution = Rollouts.resolutionId(city);
    JsonNode status = admin.as(CITY_OFFICE).productApi()
        .get("/resolutions/" + resolution + "/status?committee=" + CITY + "&depth=1").expect(200).json();

    // 1. The city's office logs in and lands on its dashboard in Cockpit, its own committee preset in the URL;
    //    the dashboard has its own entry in Cockpit's navigation, and Cockpit's task reports (403 for it) are not offered.
    webapps.logIn(CITY_OFFICE);
    Page page = webapps.page();
    assertThat(page).hasURL(Pattern.compile("/app/cockpit/default/#/rollout\\?committee=" + CITY + "$"));
    assertThat(page.locator("[cam-widget-header] #rollout-nav")).hasText("Triển khai nghị quyết");
    assertThat(page.locator("[cam-widget-header] a[href='#/tasks']")).isHidden();
    assertThat(page.locator("[cam-widget-header] a[href='#/processes']")).isVisible();

    // 2. The resolution picked from the list by its symbol, newest first; the choice goes into the URL.
    page.locator("#rollout-resolution-search").fill("03-nq");
    Locator options = page.locator(".rollout-resolution-option");
    assertThat(options).hasCount(1);
    assertThat(options.first()).hasText("03-NQ/TU – Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng");
    page.locator("#rollout-resolution-search").fill("chuyen doi so");
    assertThat(options.first()).containsText("03-NQ/TU");
    options.first().click();
    assertThat(page).hasURL(Pattern.compile("#/rollout\\?committee=" + CITY + "&resolution=" + resolution + "$"));
    assertThat(page.locator("#rollout-title")).hasText("Nghị quyết 03-NQ/TU: Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng");
    String bookmark = page.url();

    // 3. First on the page, what needs action, worst first: the same list as the status API's, each row with
    //    its committee's items and process instance.
    JsonNode actions = status.get("actions");
    Locator actionRows = page.locator("#rollout-actions tr.rollout-action");
    assertThat(actionRows).hasCount(actions.size());
    List<String> expected = new ArrayList<>();
    actions.forEach(a -> expected.add(a.get("kind").asText() + " " + a.get("committee").asText() + " " + a.get("days").asText()));
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < actionRows.count(); i++) {
      Locator row = actionRows.nth(i);
      shown.add(row.getAttribute("data-kind") + " " + row.getAttribute("data-committee") + " "
          + row.locator(".rollout-action-days").textContent());
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(shown).as("the city's item due 30/06/2026 and Hải Châu's due 30/09/2026 are overdue")
        .anyMatch(a -> a.startsWith("OVERDUE_ITEMS " + CITY + " ")).anyMatch(a -> a.startsWith("OVERDUE_ITEMS " + HAI_CHAU + " "));
    Locator haiChauOverdue = page.locator("tr.rollout-action[data-kind=OVERDUE_ITEMS][data-committee=" + HAI_CHAU + "]");
    assertThat(haiChauOverdue.locator(".rollout-action-label")).hasText("Nhiệm vụ quá hạn");
    assertThat(haiChauOverdue.locator(".rollout-action-count")).hasText("1");
    assertThat(haiChauOverdue.locator(".rollout-action-instance")).hasAttribute("href",
        "#/process-instance/" + rollouts.processInstance(haiChau) + "/runtime");
    int firstDays = Integer.parseInt(actionRows.first().locator(".rollout-action-days").textContent());
    assertThat(shown).allMatch(a -> Integer.parseInt(a.substring(a.lastIndexOf(' ') + 1)) <= firstDays);

    // 4. Each ward's phase and items by colour (Hải Châu's late item red); a count is coloured only above zero;
    //    a committee without a rollout is "Chưa bắt đầu triển khai", never the items' "Chưa triển khai".
    Locator haiChauRow = row(page, HAI_CHAU);
    assertThat(haiChauRow.locator(".rollout-phase")).hasText("Tổ chức thực hiện");
    assertThat(haiChauRow.locator(".rollout-programme")).hasText(committee(status, HAI_CHAU).get("programmeSymbol").asText());
    assertThat(haiChauRow.locator(".rollout-count--grey")).hasText("1");
    assertThat(haiChauRow.locator(".rollout-count--red")).hasText("1");
    assertThat(haiChauRow.locator(".rollout-count--red")).hasCSS("background-color", "rgb(255, 124, 128)");
    assertThat(row(page, "dn-son-tra").locator(".rollout-phase")).hasText("Học tập, quán triệt");
    assertThat(row(page, THANH_KHE).locator(".rollout-phase")).hasText("Xây dựng chương trình hành động");
    Locator cityRow = row(page, CITY);
    assertThat(cityRow.locator(".rollout-phase")).hasText("Tổ chức thực hiện");
    assertThat(cityRow.locator(".rollout-programme")).hasText(committee(status, CITY).get("programmeSymbol").asText());
    assertThat(cityRow.locator(".rollout-count--grey")).hasText("2");
    assertThat(cityRow.locator(".rollout-count--red")).hasText("1");
    assertThat(cityRow.locator(".rollout-count--red")).hasCSS("background-color", "rgb(255, 124, 128)");
    assertThat(cityRow.locator(".rollout-count--green")).hasText("0");
    assertThat(cityRow.locator(".rollout-count--green")).hasClass(Pattern.compile("rollout-count--zero"));
    assertThat(cityRow.locator(".rollout-count--green")).hasCSS("background-color", "rgba(0, 0, 0, 0)");
    assertThat(page.locator("#rollout-table .rollout-phase", new Page.LocatorOptions().setHasText("Chưa triển khai"))).hasCount(0);
    assertThat(page.locator("#rollout-cascade-bar")).hasAttribute("data-percent", "100");
    assertThat(page.locator("#rollout-phase-chart .rollout-phase-bar--red[data-phase=EXECUTION]")).hasAttribute("data-count", "2");
    assertThat(page.locator("#rollout-phase-chart .rollout-phase-bar--grey[data-phase=EXECUTION]")).hasAttribute("data-count", "3");
    // the trend, drawn in the page: this week (Monday in Vietnam) as it stands, the city and its wards together
    String monday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString();
    assertThat(page.locator("#rollout-trend .rollout-trend-bar--red[data-week='" + monday + "']")).hasAttribute("data-count", "2");
    assertThat(page.locator("#rollout-trend .rollout-trend-bar--grey[data-week='" + monday + "']")).hasAttribute("data-count", "3");
    assertThat(page.locator("#rollout-trend .rollout-trend-share[data-week='" + monday + "']")).hasAttribute("data-percent", "0");
    webapps.screenshotForDocs("dashboard", "cockpit-dashboard");

    // 4a. The resolution's targets: the one registered, its figures in Vietnamese notation; no value reached yet,
    //     for the city or over its subtree (no item has reported one).
    Locator target = page.locator("#rollout-targets tr.rollout-target");
    assertThat(page.locator("#rollout-targets-heading")).hasText("Chỉ tiêu của nghị quyết");
    assertThat(target).hasCount(1);
    assertThat(target.first()).hasAttribute("data-id", recordsTarget);
    assertThat(target.first().locator(".rollout-target-field")).hasText("Xây dựng Đảng");
    assertThat(target.first().locator(".rollout-target-name")).hasText("Hồ sơ đảng viên được số hóa");
    assertThat(target.first().locator(".rollout-target-unit")).hasText("hồ sơ");
    assertThat(target.first().locator(".rollout-target-baseline")).hasText("1.500 (2025)");
    assertThat(target.first().locator(".rollout-target-target")).hasText("12.500 (2027)");
    assertThat(target.first().locator(".rollout-target-reached")).hasText("chưa có số liệu");
    assertThat(target.first().locator(".rollout-target-subtree-reached")).hasText("chưa có số liệu");
    assertThat(target.first().locator(".rollout-target-reporting")).hasText("0");
    assertThat(page.locator("#rollout-targets thead")).containsText("Thành ủy Đà Nẵng và toàn bộ cấp dưới");

    // 5. Filters and sorting, kept in the URL: the wards in execution, the committees with overdue items, by overdue count.
    page.locator("#rollout-filter-phase").selectOption("EXECUTION");
    assertThat(page).hasURL(Pattern.compile("phase=EXECUTION"));
    assertThat(page.locator("#rollout-table tr.rollout-row")).hasCount(2);
    assertThat(row(page, THANH_KHE)).hasCount(0);
    page.locator("#rollout-filter-phase").selectOption("");
    page.locator("#rollout-filter-status").selectOption("OVERDUE");
    assertThat(page).hasURL(Pattern.compile("status=OVERDUE"));
    assertThat(page.locator("#rollout-table tr.rollout-row")).hasCount(2);
    page.locator("#rollout-filter-status").selectOption("");
    page.locator("button.rollout-sort[data-sort=phase]").click();
    assertThat(page).hasURL(Pattern.compile("sort=phase"));
    assertThat(page.locator("th[aria-sort=ascending] button.rollout-sort")).hasAttribute("data-sort", "phase");
    assertThat(page.locator("#rollout-table tr.rollout-row[data-level='1']").first()).hasAttribute("data-code", "dn-son-tra");

    // 6. The bookmark opens the same view.
    webapps.openWelcome();
    page.navigate(bookmark);
    assertThat(page.locator("#rollout-title")).containsText("03-NQ/TU");
    assertThat(page.locator("#rollout-actions tr.rollout-action")).hasCount(actions.size());

    // 7. The print view: A4 landscape, the title, action list, table and charts, without Cockpit's header,
    //    the filters and buttons, or link addresses.
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(page.locator("[cam-widget-header]")).isHidden();
    assertThat(page.locator("#rollout-filters")).isHidden();
    assertThat(page.locator("#rollout-print")).isHidden();
    assertThat(page.locator("#rollout-actions")).isVisible();
    assertThat(page.locator("#rollout-table")).isVisible();
    assertThat(page.locator("#rollout-phase-chart")).isVisible();
    assertThat(page.locator("#rollout-targets")).isVisible();
    assertThat(page.locator("#rollout-table a.rollout-drill").first().evaluate("a => getComputedStyle(a, '::after').content"))
        .isIn("none", "normal");
    webapps.screenshotForDocs("print", "cockpit-dashboard-print");
    byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
    Matcher box = Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    assertThat(box.find()).as("a page size in the PDF").isTrue();
    assertThat(Double.parseDouble(box.group(1))).as("A4 landscape: 297 mm wide").isCloseTo(841.9, within(1.0));
    assertThat(Double.parseDouble(box.group(2))).as("A4 landscape: 210 mm high").isCloseTo(595.3, within(1.0));
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

    // 8. Drill-down: the ward's items, the overdue one red; then a ward's process instance.
    haiChauOverdue.locator(".rollout-action-items").click();
    Locator items = page.locator("#rollout-items-table tr.rollout-item");
    assertThat(items).hasCount(2);
    assertThat(items.nth(0).locator(".rollout-item-status--grey")).hasText("Chưa triển khai");
    assertThat(items.nth(1).locator(".rollout-item-status--red")).hasText("Quá hạn");
    assertThat(items.nth(1)).containsText("Ban Xây dựng Đảng Đảng ủy phường Hải Châu");
    assertThat(items.nth(1)).containsText("30/09/2026");
    webapps.screenshotForDocs("items", "cockpit-dashboard-items");

    String instance = rollouts.processInstance(thanhKhe);
    row(page, THANH_KHE).locator(".rollout-instance-link").click();
    assertThat(page).hasURL(Pattern.compile("#/process-instance/" + instance));
    // the plugin's tab among the instance's tabs (the process has the same name, in the breadcrumb and the side bar)
    page.locator("[ng-click='Tabs.selectTab(tabProvider)']", new Page.LocatorOptions().setHasText("Triển khai nghị quyết")).click();
    assertThat(page.locator("#rollout-title")).containsText("03-NQ/TU");
    assertThat(row(page, THANH_KHE)).hasAttribute("data-level", "0");
    assertThat(row(page, THANH_KHE).locator(".rollout-phase")).hasText("Xây dựng chương trình hành động");
    webapps.screenshot("process-instance-tab");

    // 9. Back on the dashboard, the export: one sheet per level, Vietnamese headers, the same counts.
    page.navigate(bookmark);
    assertThat(page.locator("#rollout-title")).containsText("03-NQ/TU");
    Download download = page.waitForDownload(() -> page.locator("#rollout-xlsx").click());
    Path file = Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"), "SecretariatE2E", "tinh-hinh-trien-khai.xlsx");
    download.saveAs(file);
    assertThat(download.suggestedFilename()).isEqualTo("tinh-hinh-trien-khai-" + resolution + "-" + CITY + ".xlsx");
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      assertThat(workbook.getSheetName(3)).isEqualTo("Chỉ tiêu");
      assertThat(workbook.getSheetName(0)).isEqualTo("Thành ủy");
      assertThat(workbook.getSheetName(1)).isEqualTo("Đảng ủy phường");
      assertThat(workbook.getSheetName(2)).isEqualTo("Tất cả nhiệm vụ");
      XSSFSheet top = workbook.getSheetAt(0);
      assertThat(top.getRow(0).getCell(0).getStringCellValue()).contains("03-NQ/TU");
      assertThat(texts(top.getRow(2))).startsWith("Tên cấp ủy", "Cấp ủy cấp trên", "Giai đoạn", "Chương trình hành động",
          "Chưa triển khai", "Đang thực hiện, đúng hạn", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Quá hạn");
      Row cityLine = top.getRow(3);
      assertThat(cityLine.getCell(0).getStringCellValue()).isEqualTo("Thành ủy Đà Nẵng");
      assertThat(cityLine.getCell(2).getStringCellValue()).isEqualTo("Tổ chức thực hiện");
      assertThat(cityLine.getCell(3).getStringCellValue()).matches("\\d{2}-CTr/TU");
      JsonNode counts = committee(status, CITY).get("items");
      assertThat(List.of(number(cityLine, 4), number(cityLine, 5), number(cityLine, 6), number(cityLine, 7), number(cityLine, 8)))
          .containsExactly(counts.get("NOT_STARTED").asInt(), counts.get("IN_PROGRESS").asInt(), counts.get("DONE_ON_TIME").asInt(),
              counts.get("DONE_LATE").asInt(), counts.get("OVERDUE").asInt())
          .containsExactly(2, 0, 0, 0, 1);
      XSSFSheet wards = workbook.getSheetAt(1);
      List<String> phases = new ArrayList<>();
      for (int r = 3; r <= wards.getLastRowNum(); r++) {
        phases.add(wards.getRow(r).getCell(0).getStringCellValue() + ": " + wards.getRow(r).getCell(2).getStringCellValue());
      }
      assertThat(phases).containsExactlyInAnyOrder("Đảng ủy phường Hải Châu: Tổ chức thực hiện",
          "Đảng ủy phường Sơn Trà: Học tập, quán triệt", "Đảng ủy phường Thanh Khê: Xây dựng chương trình hành động");
      XSSFSheet everyItem = workbook.getSheetAt(2);
      assertThat(texts(everyItem.getRow(2))).containsExactly("Cấp ủy", "Chương trình hành động", "STT", "Nội dung nhiệm vụ",
          "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả đầu ra", "Chỉ tiêu", "Kết quả đạt được", "Chỉ tiêu đạt được");
      assertThat(everyItem.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Thành ủy Đà Nẵng");
    }

    // 10. The city's lead unit reports progress with the value reached (4.500 records: (4.500 − 1.500) ÷ (12.500 − 1.500)
    //     = 27%); the dashboard, opened again, shows it for the city and for the city with its wards (summed).
    rollouts.reportProgress(city, "dn.to-chuc", 30, recordsTarget, 4500);
    page.reload();
    Locator reported = page.locator("#rollout-targets tr.rollout-target").first();
    assertThat(reported.locator(".rollout-target-name")).hasText("Hồ sơ đảng viên được số hóa");
    assertThat(reported.locator(".rollout-target-reached")).hasText("4.500");
    assertThat(reported.locator(".rollout-target-achieved")).hasText("27%");
    assertThat(reported.locator(".rollout-target-subtree-reached")).hasText("4.500 (cộng)");
    assertThat(reported.locator(".rollout-target-subtree-achieved")).hasText("27%");
    assertThat(reported.locator(".rollout-target-reporting")).hasText("1");
  }

  private static JsonNode committee(JsonNode status, String code) {
    for (JsonNode committee : status.get("committees")) {
      if (committee.get("code").asText().equals(code)) {
        return committee;
      }
    }
    throw new AssertionError("no committee " + code + " in " + status);
  }

  private static Locator row(Page page, String committee) {
    return page.locator("tr.rollout-row[data-code='" + committee + "']");
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static int number(Row row, int column) {
    return (int) row.getCell(column).getNumericCellValue();
  }
}
