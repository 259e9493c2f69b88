package vn.rollout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.rollout.document.PartyDocxAssert;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * {@code GET /api/resolutions/{id}/status} and its XLSX export on a tree written into the domain
 * tables: a province, three communes, two cells of the first, on 2 May 2028, after the mid-term cut-off.
 */
class ResolutionStatusIT extends RolloutTest {

  static final String PASSWORD = "Theo-doi@2028";
  static final LocalDateTime TODAY = LocalDateTime.of(2028, 5, 2, 9, 0);
  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate template;
  @Autowired StatusWeeks weeks;

  StatusFixture fixture;
  long resolution;
  String province;
  String anBinh;
  String binhMinh;
  String camLe;
  String thon1;
  String thon2;

  @BeforeEach
  void aProvinceInTheMiddleOfTheTerm() {
    fixture = new StatusFixture(jdbc, template);
    province = organisation.committee("tinh", "Tỉnh ủy Thử nghiệm", "TU", null, Organ.values());
    anBinh = organisation.committee("xa", "Đảng ủy xã An Bình", "ĐU", province, Organ.OFFICE, Organ.STANDING_COMMITTEE);
    binhMinh = organisation.committee("xa", "Đảng ủy xã Bình Minh", "ĐU", province, Organ.OFFICE);
    camLe = organisation.committee("xa", "Đảng ủy xã Cẩm Lệ", "ĐU", province, Organ.OFFICE);
    thon1 = organisation.committee("chibo", "Chi bộ thôn 1", "CB", anBinh, Organ.OFFICE);
    thon2 = organisation.committee("chibo", "Chi bộ thôn 2", "CB", anBinh, Organ.OFFICE);
    resolution = fixture.resolution(province, "TU");

    long provinceRollout = fixture.rollout(resolution, province, "EXECUTION");
    fixture.studied(provinceRollout);
    long programme = fixture.programme(resolution, province, "APPROVED");
    fixture.item(programme, "DONE_ON_TIME", LocalDate.of(2027, 12, 31), null);
    fixture.item(programme, "DONE_ON_TIME", LocalDate.of(2027, 6, 30), null);
    fixture.item(programme, "DONE_LATE", LocalDate.of(2027, 3, 31), null);
    fixture.item(programme, "IN_PROGRESS", LocalDate.of(2029, 12, 31), null);
    // the stored status lags: the due date in force has passed, so it is red
    fixture.item(programme, "IN_PROGRESS", LocalDate.of(2027, 12, 31), LocalDate.of(2028, 4, 30));
    // an approved extension moved the due date beyond today: still blue
    fixture.item(programme, "IN_PROGRESS", LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 31));
    fixture.item(programme, "NOT_STARTED", LocalDate.of(2028, 5, 1), null);
    // due today: not passed before the end of the day in Vietnam
    fixture.item(programme, "NOT_STARTED", LocalDate.of(2028, 5, 2), null);
    fixture.item(programme, "OVERDUE", LocalDate.of(2028, 1, 31), null);
    fixture.report(provinceRollout, "MID_TERM", true);

    long anBinhRollout = fixture.rollout(resolution, anBinh, "MID_TERM_REVIEW");
    fixture.studied(anBinhRollout);
    long anBinhProgramme = fixture.programme(resolution, anBinh, "APPROVED");
    for (int i = 0; i < 3; i++) {
      fixture.item(anBinhProgramme, "NOT_STARTED", LocalDate.of(2029, 6, 30), null);
    }
    fixture.item(anBinhProgramme, "DONE_ON_TIME", LocalDate.of(2027, 6, 30), null);
    fixture.report(anBinhRollout, "MID_TERM", false);

    fixture.rollout(resolution, binhMinh, "PROGRAMME");
    long draft = fixture.programme(resolution, binhMinh, "DRAFT");
    fixture.item(draft, "NOT_STARTED", LocalDate.of(2027, 6, 30), null);
    fixture.item(draft, "NOT_STARTED", LocalDate.of(2027, 6, 30), null);

    fixture.rollout(resolution, thon1, "STUDY");
    clockAt(TODAY);
  }

  @Test
  void shouldCountEachCommitteesItemsByColourWithOverdueItemsRedEvenWhenTheirStatusLags() {
    Map<String, Object> status = get(admin(), province, 2).getBody();

    assertThat(codes(status)).containsExactly(province, anBinh, thon1, thon2, binhMinh, camLe);
    assertThat(colours(committee(status, province))).containsExactly(1, 2, 2, 1, 3);
    assertThat(committee(status, province)).containsEntry("itemTotal", 9).containsEntry("onTimePercent", 33)
        .containsEntry("phase", "EXECUTION").containsEntry("phaseLabel", "Tổ chức thực hiện")
        .containsEntry("processInstanceId", "pi-" + province).containsEntry("level", 0);
    assertThat(colours(committee(status, anBinh))).containsExactly(3, 0, 1, 0, 0);
    assertThat(committee(status, anBinh)).containsEntry("onTimePercent", 100).containsEntry("parentCode", province)
        .containsEntry("phaseLabel", "Sơ kết giữa nhiệm kỳ");
    assertThat(colours(committee(status, binhMinh))).as("a draft's items are not tracked yet").containsExactly(0, 0, 0, 0, 0);
    assertThat(committee(status, camLe)).containsEntry("phase", "NOT_STARTED").containsEntry("phaseLabel", "Chưa bắt đầu triển khai")
        .containsEntry("onTimePercent", null);
    assertThat(committee(status, thon1)).containsEntry("level", 2).containsEntry("parentCode", anBinh);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> legend = (List<Map<String, Object>>) status.get("colours");
    assertThat(legend.get(4)).isEqualTo(Map.of("status", "OVERDUE", "colour", "red", "label", "Quá hạn"));
    assertThat(legend).extracting(colour -> colour.get("label")).containsExactly("Chưa triển khai",
        "Đang thực hiện, đúng hạn", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Quá hạn");
  }

  @Test
  void shouldTellReportsOnTimeLateAndMissingAfterTheCutoff() {
    Map<String, Object> status = get(admin(), province, 1).getBody();

    assertThat(report(status, province, "midTermReport")).containsEntry("state", "ON_TIME").containsEntry("label", "Đúng hạn")
        .containsEntry("submittedAt", "2028-04-18T15:30:00");
    assertThat(report(status, anBinh, "midTermReport")).containsEntry("state", "LATE").containsEntry("label", "Chậm");
    assertThat(report(status, binhMinh, "midTermReport")).containsEntry("state", "MISSING").containsEntry("label", "Chưa gửi, quá hạn");
    assertThat(report(status, camLe, "midTermReport")).containsEntry("state", "MISSING");
    assertThat(report(status, province, "finalReport")).containsEntry("state", "NOT_DUE").containsEntry("label", "Chưa đến hạn");
  }

  @Test
  void shouldShowTheCascadeAndTheDaysToTheNextCutoff() {
    Map<String, Object> deep = get(admin(), province, 2).getBody();
    Map<String, Object> shallow = get(admin(), province, 1).getBody();

    assertThat(deep.get("cascade")).isEqualTo(Map.of("started", 4, "total", 6, "percent", 67));
    assertThat(committee(deep, anBinh).get("cascade")).isEqualTo(Map.of("started", 2, "total", 3, "percent", 67));
    assertThat(shallow.get("cascade")).isEqualTo(Map.of("started", 3, "total", 4, "percent", 75));
    assertThat(codes(shallow)).containsExactly(province, anBinh, binhMinh, camLe);
    assertThat(committee(shallow, anBinh)).containsEntry("subordinates", 0);
    assertThat(committee(deep, anBinh)).containsEntry("subordinates", 2);

    assertThat(shallow.get("nextCutoff")).isEqualTo(Map.of("kind", "MID_TERM_CONFERENCE",
        "label", "Hạn tổ chức hội nghị sơ kết", "date", "2028-06-10", "days", 39));
    assertThat(committee(shallow, province).get("nextCutoff")).isEqualTo(Map.of("kind", "FINAL_REPORT",
        "label", "Hạn gửi báo cáo tổng kết nhiệm kỳ", "date", "2030-08-31", "days", 851));
    assertThat(shallow).containsEntry("today", "2028-05-02").containsEntry("committee", province);
  }

  @Test
  void shouldCountTheSameColoursAsTheItemsTheDashboardDrillsDownTo() {
    Map<String, Object> status = get(admin(), province, 2).getBody();

    for (String code : codes(status)) {
      ResponseEntity<List<Map<String, Object>>> items = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD).exchange(
          "/api/committees/" + code + "/items?resolution=" + resolution, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
      assertThat(items.getStatusCode()).isEqualTo(HttpStatus.OK);
      Map<String, Integer> counted = new java.util.LinkedHashMap<>();
      List.of("NOT_STARTED", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE", "OVERDUE").forEach(s -> counted.put(s, 0));
      items.getBody().forEach(item -> counted.merge((String) item.get("status"), 1, Integer::sum));
      assertThat(counted).as(code).isEqualTo(committee(status, code).get("items"));
    }
    assertThat(committee(status, province)).as("the lagging item is red in both").extracting(c -> colours(c).get(4)).isEqualTo(3);
  }

  @Test
  void shouldSumItemsByColourPerPhase() {
    Map<String, Object> status = get(admin(), province, 2).getBody();

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> phases = (List<Map<String, Object>>) status.get("itemsByPhase");
    assertThat(phases).extracting(phase -> phase.get("phase"))
        .containsExactly("NOT_STARTED", "STUDY", "PROGRAMME", "EXECUTION", "MID_TERM_REVIEW");
    assertThat(phases.get(0)).containsEntry("committees", 2).containsEntry("label", "Chưa bắt đầu triển khai");
    assertThat(colours(phases.get(3))).containsExactly(1, 2, 2, 1, 3);
  }

  @Test
  void shouldLetTheOfficeOfTheCommitteeOrOfASuperiorWatchAndNobodyElse() {
    String provinceOffice = member(group(province, Organ.OFFICE));
    String communeOffice = member(group(anBinh, Organ.OFFICE));
    String otherCommuneOffice = member(group(binhMinh, Organ.OFFICE));
    String propaganda = member(group(province, Organ.PROPAGANDA));

    assertThat(get(provinceOffice, province, 2).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(provinceOffice, anBinh, 1).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(codes(get(communeOffice, anBinh, 3).getBody())).containsExactly(anBinh, thon1, thon2);
    assertThat(get(communeOffice, province, 1).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(otherCommuneOffice, anBinh, 1).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(propaganda, province, 1).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/resolutions/" + resolution + "/status", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> forbidden = get(otherCommuneOffice, anBinh, 1);
    assertThat(forbidden.getBody()).containsEntry("message", "Không có quyền thực hiện thao tác này.");
  }

  /** Issue 27: the action list, worst first; committees whose rollout has not started owe nothing yet. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldListWhatNeedsActionWorstFirst() {
    jdbc.sql("""
            INSERT INTO inspection (resolution_id, inspecting_committee, inspected_committee, kind, planned_on, status)
            VALUES (:resolution, :province, :commune, 'AD_HOC', DATE '2028-04-01', 'PLANNED')""")
        .param("resolution", resolution).param("province", province).param("commune", anBinh).update();

    List<Map<String, Object>> actions = (List<Map<String, Object>>) get(admin(), province, 2).getBody().get("actions");

    assertThat(actions).extracting(a -> a.get("kind") + " " + a.get("committee")).containsExactlyInAnyOrder(
        "OVERDUE_ITEMS " + province,
        "LATE_STUDY " + binhMinh, "LATE_PROGRAMME " + binhMinh, "MISSING_MID_TERM_REPORT " + binhMinh,
        "LATE_STUDY " + thon1, "LATE_PROGRAMME " + thon1, "MISSING_MID_TERM_REPORT " + thon1,
        "INSPECTION_OPEN " + anBinh);
    assertThat(actions).extracting(a -> ((Number) a.get("days")).longValue()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    Map<String, Object> overdue = actions.stream().filter(a -> a.get("kind").equals("OVERDUE_ITEMS")).findFirst().orElseThrow();
    // the lagging item (30/04/2028), the red one (31/01/2028) and the one due yesterday: since the oldest
    assertThat(overdue).containsEntry("count", 3).containsEntry("since", "2028-01-31").containsEntry("days", 92)
        .containsEntry("label", "Nhiệm vụ quá hạn").containsEntry("committeeName", "Tỉnh ủy Thử nghiệm")
        .containsEntry("processInstanceId", "pi-" + province);
    Map<String, Object> inspection = actions.stream().filter(a -> a.get("kind").equals("INSPECTION_OPEN")).findFirst().orElseThrow();
    assertThat(inspection).containsEntry("count", 1).containsEntry("since", "2028-04-01").containsEntry("days", 31);
    assertThat(actions.get(0)).as("a study due in 2026 and not held is the worst").containsEntry("kind", "LATE_STUDY");
    assertThat(actions.get(actions.size() - 1)).as("the mid-term report 12 days late is the least late")
        .containsEntry("kind", "MISSING_MID_TERM_REPORT").containsEntry("since", "2028-04-20").containsEntry("days", 12);

    List<Map<String, Object>> communeOnly = (List<Map<String, Object>>) get(admin(), anBinh, 0).getBody().get("actions");
    assertThat(communeOnly).extracting(a -> a.get("kind")).containsExactly("INSPECTION_OPEN");
  }

  /** Issue 27: the trend, the weeks recorded at their end and the current week as it stands, over the whole subtree. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldKeepWeeklyPointsAndAddTheCurrentWeekLive() {
    // Sunday 23 April 2028: the item due 30/04 still blue, those due 01/05 and 02/05 still grey
    clockAt(LocalDateTime.of(2028, 4, 23, 23, 30));
    int rows = weeks.record(LocalDate.of(2028, 4, 23));
    assertThat(weeks.record(LocalDate.of(2028, 4, 23))).as("recording a week again replaces it").isEqualTo(rows);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM status_week WHERE resolution_id = :r").param("r", resolution).query(Integer.class).single())
        .as("the province and An Bình have approved programmes").isEqualTo(2);
    clockAt(TODAY);

    // the window is one level, the trend the whole subtree (An Bình's items too)
    List<Map<String, Object>> trend = (List<Map<String, Object>>) get(admin(), province, 0).getBody().get("trend");

    assertThat(trend).extracting(p -> p.get("week")).containsExactly("2028-04-17", "2028-05-01");
    assertThat(trend.get(0)).containsEntry("current", false).containsEntry("onTimePercent", 60);
    assertThat(colours(trend.get(0))).containsExactly(5, 3, 3, 1, 1);
    assertThat(trend.get(1)).containsEntry("current", true).containsEntry("onTimePercent", 43);
    assertThat(colours(trend.get(1))).containsExactly(4, 2, 3, 1, 3);
    List<Map<String, Object>> commune = (List<Map<String, Object>>) get(admin(), anBinh, 0).getBody().get("trend");
    assertThat(colours(commune.get(0))).containsExactly(3, 0, 1, 0, 0);
  }

  /** Issue 27: the dashboard's choice of resolutions, newest first, and the committee of the caller's office. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldOfferTheResolutionsTheCallersOfficeMayWatchWithItsCommitteePreset() {
    long newer = fixture.resolution(province, "TU");
    jdbc.sql("UPDATE resolution SET registered_at = TIMESTAMP '2026-02-01 08:00:00' WHERE id = :id").param("id", newer).update();
    String elsewhere = organisation.committee("tinh", "Tỉnh ủy khác", "TU", null, Organ.OFFICE);
    long foreign = fixture.resolution(elsewhere, "TU");

    Map<String, Object> commune = choices(member(group(anBinh, Organ.OFFICE)), PASSWORD);
    assertThat(commune).containsEntry("committee", anBinh).containsEntry("committeeName", "Đảng ủy xã An Bình")
        .containsEntry("administrator", false);
    assertThat((List<Map<String, Object>>) commune.get("resolutions")).extracting(r -> ((Number) r.get("id")).longValue())
        .containsExactly(newer, resolution);
    assertThat(((List<Map<String, Object>>) commune.get("resolutions")).get(1)).containsEntry("symbol", symbol())
        .containsEntry("title", "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng");

    Map<String, Object> other = choices(member(group(elsewhere, Organ.OFFICE)), PASSWORD);
    assertThat((List<Map<String, Object>>) other.get("resolutions")).extracting(r -> ((Number) r.get("id")).longValue())
        .containsExactly(foreign);
    Map<String, Object> propaganda = choices(member(group(province, Organ.PROPAGANDA)), PASSWORD);
    assertThat(propaganda).containsEntry("committee", null).containsEntry("resolutions", List.of());
    Map<String, Object> administrator = choices(admin(), TestDatabase.ADMIN_PASSWORD);
    assertThat(administrator).containsEntry("administrator", true);
    assertThat((List<Map<String, Object>>) administrator.get("resolutions")).extracting(r -> ((Number) r.get("id")).longValue())
        .contains(newer, resolution, foreign);
    assertThat(http.getForEntity("/api/dashboard/resolutions", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private Map<String, Object> choices(String user, String password) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(user, password)
        .exchange("/api/dashboard/resolutions", HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** Issue 19: the office of another province learns nothing of this resolution, nor of committees not its own. */
  @Test
  void shouldCheckAccessBeforeSayingAnythingOfAResolutionOrACommittee() {
    String elsewhere = organisation.committee("tinh", "Tỉnh ủy khác", "TU", null, Organ.OFFICE);
    String elsewhereOffice = member(group(elsewhere, Organ.OFFICE));

    for (String committee : new String[] {elsewhere, anBinh, "khong-co"}) {
      ResponseEntity<Map<String, Object>> answer = get(elsewhereOffice, committee, 1);

      assertThat(answer.getStatusCode()).as(committee).isEqualTo(elsewhere.equals(committee) ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN);
      assertThat(String.valueOf(answer.getBody())).as(committee).doesNotContain(symbol()).doesNotContain("An Bình");
    }
  }

  @Test
  void shouldDefaultToTheIssuingCommitteeOneLevelDown() {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD)
        .exchange("/api/resolutions/" + resolution + "/status", HttpMethod.GET, null, JSON);

    assertThat(answer.getBody()).containsEntry("committee", province).containsEntry("depth", 1);
    assertThat(codes(answer.getBody())).containsExactly(province, anBinh, binhMinh, camLe);
  }

  @Test
  void shouldAnswerBadParametersWith400NamingTheField() {
    String base = "/api/resolutions/" + resolution + "/status";
    assertBadRequest(base + "?depth=-1", "depth", "Số cấp hiển thị phải từ 0 đến 6.");
    assertBadRequest(base + "?depth=7", "depth", "Số cấp hiển thị phải từ 0 đến 6.");
    assertBadRequest(base + "?depth=hai", "depth", "depth has the wrong type or format");
    assertBadRequest(base + "?committee=khong-co", "committee", "Không có cấp ủy mã \"khong-co\" trong danh mục tổ chức.");
    String elsewhere = organisation.committee("tinh", "Tỉnh ủy khác", "TU", null, Organ.OFFICE);
    assertBadRequest(base + "?committee=" + elsewhere, "committee",
        "Cấp ủy mã \"" + elsewhere + "\" không thuộc phạm vi triển khai nghị quyết này.");
    assertBadRequest("/api/resolutions/999999/status", "id", "Không có nghị quyết mã số 999999.");
    assertBadRequest("/api/resolutions/abc/status", "id", "id has the wrong type or format");
    assertBadRequest(base + ".xlsx?depth=9", "depth", "Số cấp hiển thị phải từ 0 đến 6.");
  }

  @Test
  void shouldExportTheTableToExcelWithOneSheetPerLevel() throws Exception {
    ResponseEntity<byte[]> answer = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/api/resolutions/" + resolution + "/status.xlsx?committee=" + province + "&depth=2", byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType()).hasToString(StatusController.XLSX.toString());
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
          .as("sheets named by the level's committees, then every item").containsExactly("Tỉnh ủy", "Đảng ủy xã", "Chi bộ",
              "Tất cả nhiệm vụ");
      XSSFSheet top = workbook.getSheetAt(0);
      assertThat(top.getRow(0).getCell(0).getStringCellValue()).startsWith("Tình hình triển khai Nghị quyết " + symbol());
      assertThat(top.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Số liệu đến ngày 02/05/2028");
      List<String> headers = new ArrayList<>();
      top.getRow(StatusWorkbook.HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).startsWith("Tên cấp ủy", "Cấp ủy cấp trên", "Giai đoạn", "Chương trình hành động", "Chưa triển khai",
          "Đang thực hiện, đúng hạn", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Quá hạn", "Tổng số nhiệm vụ",
          "Tỷ lệ đúng hạn (%)", "Báo cáo sơ kết", "Báo cáo tổng kết");

      var provinceRow = top.getRow(StatusWorkbook.HEADER_ROW + 1);
      assertThat(provinceRow.getCell(0).getStringCellValue()).isEqualTo("Tỉnh ủy Thử nghiệm");
      assertThat(provinceRow.getCell(2).getStringCellValue()).isEqualTo("Tổ chức thực hiện");
      assertThat(provinceRow.getCell(3).getStringCellValue()).as("the programme's symbol").isEqualTo("01-CTr/" + province);
      assertThat(numbers(provinceRow, 4, 9)).containsExactly(1, 2, 2, 1, 3, 9);
      assertThat(provinceRow.getCell(11).getStringCellValue()).isEqualTo("Đúng hạn");
      XSSFCell red = provinceRow.getCell(8);
      assertThat(red.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith(Palette.hex("red"));

      XSSFSheet communes = workbook.getSheetAt(1);
      assertThat(communes.getLastRowNum()).isEqualTo(StatusWorkbook.HEADER_ROW + 3);
      var anBinhRow = communes.getRow(StatusWorkbook.HEADER_ROW + 1);
      assertThat(anBinhRow.getCell(0).getStringCellValue()).isEqualTo("Đảng ủy xã An Bình");
      assertThat(anBinhRow.getCell(1).getStringCellValue()).as("the superior by name, not code").isEqualTo("Tỉnh ủy Thử nghiệm");
      assertThat(numbers(anBinhRow, 4, 9)).containsExactly(3, 0, 1, 0, 0, 4);
      assertThat(anBinhRow.getCell(11).getStringCellValue()).isEqualTo("Chậm");
      assertThat(communes.getRow(StatusWorkbook.HEADER_ROW + 2).getCell(11).getStringCellValue()).isEqualTo("Chưa gửi, quá hạn");
      assertThat(workbook.getSheetAt(2).getRow(StatusWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue())
          .isEqualTo("Chi bộ thôn 1");

      XSSFSheet items = workbook.getSheetAt(3);
      List<String> itemHeaders = new ArrayList<>();
      items.getRow(StatusWorkbook.HEADER_ROW).forEach(cell -> itemHeaders.add(cell.getStringCellValue()));
      assertThat(itemHeaders).isEqualTo(StatusWorkbook.ITEM_HEADERS);
      assertThat(items.getLastRowNum()).as("the province's 9 items and An Bình's 4; a draft's are not").isEqualTo(StatusWorkbook.HEADER_ROW + 13);
      var first = items.getRow(StatusWorkbook.HEADER_ROW + 1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Tỉnh ủy Thử nghiệm");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("01-CTr/" + province);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Số hóa hồ sơ đảng viên, đợt 1");
      assertThat(first.getCell(5).getStringCellValue()).isEqualTo("31/12/2027");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("100 hồ sơ được số hóa");
      assertThat(first.getCell(9).getStringCellValue()).isEqualTo("100 hồ sơ đã số hóa");
      assertThat(items.getRow(StatusWorkbook.HEADER_ROW + 5).getCell(6).getStringCellValue()).as("red though stored in progress")
          .isEqualTo("Quá hạn");
      assertThat(items.getRow(StatusWorkbook.HEADER_ROW + 10).getCell(0).getStringCellValue()).isEqualTo("Đảng ủy xã An Bình");
    }
  }

  @Test
  void shouldRefuseTheExportToWhoeverMayNotWatch() {
    String otherCommuneOffice = member(group(binhMinh, Organ.OFFICE));
    ResponseEntity<byte[]> answer = http.withBasicAuth(otherCommuneOffice, PASSWORD)
        .getForEntity("/api/resolutions/" + resolution + "/status.xlsx?committee=" + province, byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldWriteTheMidTermReportInThePartysLayoutWithTheAppendixOfFigures() throws Exception {
    ResponseEntity<byte[]> answer = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/api/committees/" + province + "/reports/MID_TERM.docx?resolution=" + resolution, byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType()).hasToString(ReviewReportController.DOCX.toString());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text).contains("TỈNH ỦY THỬ NGHIỆM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số      -BC/TU",
          "Thử nghiệm, ngày 18 tháng 4 năm 2028", "BÁO CÁO", "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số " + symbol(),
          "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", "II. ĐÁNH GIÁ CHUNG", "V. NHIỆM VỤ, GIẢI PHÁP TRONG NỬA CUỐI NHIỆM KỲ",
          "VI. KIẾN NGHỊ, ĐỀ XUẤT", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
          "đã ban hành Chương trình hành động số 01-CTr/" + province + " với 9 nhiệm vụ",
          "Tổng số 9 nhiệm vụ: quá hạn 3; hoàn thành chậm 1; hoàn thành đúng hạn 2; đang thực hiện, đúng hạn 2; chưa triển khai 1.",
          "3 nhiệm vụ đã hoàn thành, 3 nhiệm vụ có kết quả đầu ra được ghi nhận",
          "Báo cáo sơ kết giữa nhiệm kỳ của 3 cấp ủy trực thuộc: 0 gửi đúng hạn, 1 gửi chậm, 2 chưa gửi (đã quá hạn).",
          "Đã báo cáo kết quả học tập, quán triệt nghị quyết; chưa có số liệu từng hội nghị.", "a) Kinh tế: Không nêu.", "Nơi nhận:", "- Văn phòng Trung ương Đảng (để báo cáo),",
          "- Các đồng chí Tỉnh ủy viên,", "- Đảng ủy xã An Bình,", "- Lưu Văn phòng Tỉnh ủy.", "PHỤ LỤC",
          "SỐ LIỆU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG");
      assertThat(text).doesNotContain("DỰ THẢO");
      assertThat(text).isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
      PartyDocxAssert.assertPartyLayout(document);

      List<XWPFTable> tables = document.getTables();
      assertThat(tables).as("heading, signature, and the appendix's four").hasSize(6);
      XWPFTable totals = tables.get(2);
      assertThat(totals.getRow(5).getCell(0).getText()).isEqualTo("Quá hạn");
      assertThat(totals.getRow(5).getCell(1).getText()).isEqualTo("3");
      assertThat(totals.getRow(5).getCell(0).getColor()).isEqualTo(Palette.hex("red"));
      assertThat(totals.getRow(6).getCell(1).getText()).isEqualTo("9");

      XWPFTable items = tables.get(3);
      assertThat(items.getRows()).hasSize(10);
      assertThat(items.getRow(0).getCell(7).getText()).isEqualTo("Tình trạng");
      assertThat(items.getRow(0).getCell(4).getText()).isEqualTo("Kinh phí dự kiến");
      assertThat(items.getRow(5).getCell(1).getText()).isEqualTo("Số hóa hồ sơ đảng viên, đợt 5");
      assertThat(items.getRow(5).getCell(3).getText()).as("the due date in force").isEqualTo("30/04/2028");
      assertThat(items.getRow(5).getCell(7).getText()).as("red though stored in progress").isEqualTo("Quá hạn");
      assertThat(items.getRow(1).getCell(6).getText()).isEqualTo("100 hồ sơ đã số hóa");

      XWPFTable reports = tables.get(5);
      assertThat(reports.getRow(1).getCell(1).getText()).isEqualTo("Đảng ủy xã An Bình");
      assertThat(reports.getRow(1).getCell(5).getText()).isEqualTo("Chậm");
      assertThat(reports.getRow(2).getCell(5).getText()).isEqualTo("Chưa gửi, quá hạn");
    }
    ResponseEntity<byte[]> notSent = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/api/committees/" + binhMinh + "/reports/MID_TERM.docx?resolution=" + resolution, byte[].class);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(notSent.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText()).as("not submitted yet: a draft, each text section says where it will come from")
          .contains("DỰ THẢO", "ĐẢNG BỘ TỈNH THỬ NGHIỆM", "ĐẢNG ỦY XÃ BÌNH MINH", "Bình Minh, ngày 02 tháng 5 năm 2028",
              "a) Kinh tế: [Chưa có nội dung: phần này lấy từ biểu mẫu báo cáo sơ kết giữa nhiệm kỳ do Văn phòng nhập.]",
              "- Ban Thường vụ Tỉnh ủy Thử nghiệm (để báo cáo),", "T/M ĐẢNG ỦY")
          .doesNotContain("Văn phòng Trung ương Đảng");
    }
  }

  @Test
  void shouldRefuseAReportOfAnUnknownKindWithoutAResolutionOrToAnotherCommitteesOffice() {
    String base = "/api/committees/" + province + "/reports/";
    assertBadRequest(base + "SO_KET.docx?resolution=" + resolution, "kind",
        "Loại báo cáo phải là MID_TERM (sơ kết) hoặc FINAL (tổng kết).");
    assertBadRequest(base + "FINAL.docx", "resolution", "resolution is required");
    assertBadRequest(base + "FINAL.docx?resolution=999999", "resolution", "Không có nghị quyết mã số 999999.");
    assertBadRequest("/api/committees/khong-co/reports/FINAL.docx?resolution=" + resolution, "committee",
        "Không có cấp ủy mã \"khong-co\" trong danh mục tổ chức.");

    ResponseEntity<byte[]> forbidden = http.withBasicAuth(member(group(binhMinh, Organ.OFFICE)), PASSWORD)
        .getForEntity(base + "FINAL.docx?resolution=" + resolution, byte[].class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> own = http.withBasicAuth(member(group(anBinh, Organ.OFFICE)), PASSWORD)
        .getForEntity("/api/committees/" + anBinh + "/reports/FINAL.docx?resolution=" + resolution, byte[].class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- helpers ---

  private String symbol() {
    return jdbc.sql("SELECT symbol FROM resolution WHERE id = :id").param("id", resolution).query(String.class).single();
  }

  private static String admin() {
    return "admin";
  }

  private ResponseEntity<Map<String, Object>> get(String user, String committee, int depth) {
    String password = user.equals(admin()) ? TestDatabase.ADMIN_PASSWORD : PASSWORD;
    return http.withBasicAuth(user, password).exchange(
        "/api/resolutions/" + resolution + "/status?committee=" + committee + "&depth=" + depth, HttpMethod.GET, null, JSON);
  }

  private void assertBadRequest(String url, String field, String message) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(admin(), TestDatabase.ADMIN_PASSWORD)
        .exchange(url, HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).as(url).containsEntry("field", field).containsEntry("message", message);
  }

  @SuppressWarnings("unchecked")
  static List<String> codes(Map<String, Object> status) {
    return ((List<Map<String, Object>>) status.get("committees")).stream().map(c -> (String) c.get("code")).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> committee(Map<String, Object> status, String code) {
    return ((List<Map<String, Object>>) status.get("committees")).stream()
        .filter(c -> c.get("code").equals(code)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> report(Map<String, Object> status, String code, String kind) {
    return (Map<String, Object>) committee(status, code).get(kind);
  }

  /** Counts in the order grey, blue, green, orange, red. */
  @SuppressWarnings("unchecked")
  static List<Integer> colours(Map<String, Object> committee) {
    Map<String, Integer> items = (Map<String, Integer>) committee.get("items");
    assertThat(items).containsOnlyKeys("NOT_STARTED", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE", "OVERDUE");
    return List.of(items.get("NOT_STARTED"), items.get("IN_PROGRESS"), items.get("DONE_ON_TIME"), items.get("DONE_LATE"),
        items.get("OVERDUE"));
  }

  private static List<Integer> numbers(org.apache.poi.ss.usermodel.Row row, int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      numbers.add((int) row.getCell(i).getNumericCellValue());
    }
    return numbers;
  }

  /** A Camunda user in the group, as the organisation import makes them. */
  private String member(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      var group = identityService.newGroup(groupId);
      group.setName(groupId);
      identityService.saveGroup(group);
    }
    String userId = "u-" + groupId.replace('.', '-');
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      var user = identityService.newUser(userId);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(userId, groupId);
    }
    return userId;
  }
}
