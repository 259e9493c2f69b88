package vn.rollout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.IssuedDocument;
import vn.rollout.document.PartyDocxAssert;
import vn.rollout.organisation.Organ;
import vn.rollout.programme.Programmes;
import vn.rollout.resolution.Term;
import vn.rollout.review.ReviewKind;
import vn.rollout.review.ReviewSubmission;
import vn.rollout.review.Reviews;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.study.StudyReports;
import vn.rollout.study.StudySession;
import vn.rollout.study.StudySubmission;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * The documents an office signs and sends, opened with Apache POI: the action programme, the review
 * report of a ward, the study report, the inspection conclusion; their heading lines, sections,
 * figures, page set-up and numbers; and the register that numbers them, under concurrent allocation.
 * A city (Thành ủy), a ward under it with two cells; 2 May 2028.
 */
class PartyDocumentsIT extends RolloutTest {

  static final String PASSWORD = "Van-ban@2028";
  static final LocalDateTime TODAY = LocalDateTime.of(2028, 5, 2, 9, 0);

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate template;
  @Autowired DocumentRegister register;
  @Autowired Programmes programmes;
  @Autowired Reviews reviews;
  @Autowired StudyReports studies;
  @Autowired PlatformTransactionManager transactions;

  StatusFixture fixture;
  String city;
  String ward;
  String cell1;
  String cell2;
  long resolution;
  long wardRollout;
  String unit;

  @BeforeEach
  void aWardUnderACity() {
    fixture = new StatusFixture(jdbc, template);
    city = organisation.committee("tu", "Thành ủy Đà Nẵng", "TU", null, Organ.values());
    ward = organisation.committee("phuong", "Đảng ủy phường Hải Châu", "ĐU", city,
        Organ.OFFICE, Organ.STANDING_COMMITTEE, Organ.INSPECTION, Organ.PROPAGANDA);
    cell1 = organisation.committee("chibo", "Chi bộ Tổ dân phố 1", "CB", ward, Organ.OFFICE, Organ.STANDING_COMMITTEE);
    cell2 = organisation.committee("chibo", "Chi bộ Tổ dân phố 2", "CB", ward, Organ.OFFICE, Organ.STANDING_COMMITTEE);
    unit = organisation.unit(ward, "ubnd", "Ủy ban nhân dân phường Hải Châu");
    resolution = fixture.resolution(city, "TU");
    fixture.rollout(resolution, city, "EXECUTION");
    wardRollout = fixture.rollout(resolution, ward, "MID_TERM_REVIEW");
    clockAt(TODAY);
  }

  @Test
  void shouldNumberFromTheRegisterWithoutGivingANumberTwiceUnderConcurrentAllocation() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<IssuedDocument>> numbers = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        long subject = 9_000 + i;
        Callable<IssuedDocument> allocate = () -> transaction.execute(status -> register.issue(DocumentKind.FINAL_REPORT,
            subject, ward, "ĐU", LocalDate.of(2028, 5, 2), null, null, "test"));
        numbers.add(pool.submit(allocate));
      }
      List<Integer> given = new ArrayList<>();
      for (Future<IssuedDocument> number : numbers) {
        given.add(number.get().number());
      }
      assertThat(given).as("16 concurrent allocations, one register").doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    IssuedDocument typed = register.issue(DocumentKind.MID_TERM_REPORT, 9_100, ward, "ĐU", LocalDate.of(2028, 5, 2), 30, "reportNumber", "test");
    assertThat(typed.symbol()).as("the number the paper register gave").isEqualTo("30-BC/ĐU");
    assertThat(typed.typed()).isTrue();
    assertThatThrownBy(() -> register.issue(DocumentKind.STUDY_REPORT, 9_101, ward, "ĐU", LocalDate.of(2028, 5, 3), 12,
        "reportNumber", "test"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Số 12-BC/ĐU năm 2028 đã cấp cho văn bản khác; đồng chí kiểm tra lại sổ đăng ký văn bản đi.");
    assertThat(register.issue(DocumentKind.STUDY_REPORT, 9_102, ward, "ĐU", LocalDate.of(2028, 5, 3), null, null, "test").symbol())
        .as("the next after the highest taken, never one given before").isEqualTo("31-BC/ĐU");
    assertThat(register.issue(DocumentKind.PROGRAMME, 9_103, ward, "ĐU", LocalDate.of(2028, 5, 3), null, null, "test").symbol())
        .as("each type has its register").isEqualTo("01-CTr/ĐU");
    assertThat(register.issue(DocumentKind.STUDY_REPORT, 9_104, ward, "ĐU", LocalDate.of(2029, 1, 5), null, null, "test").symbol())
        .as("and each year").isEqualTo("01-BC/ĐU");
    assertThat(register.issue(DocumentKind.STUDY_REPORT, 9_102, ward, "ĐU", LocalDate.of(2029, 1, 5), null, null, "test").symbol())
        .as("a document keeps its number").isEqualTo("31-BC/ĐU");
  }

  @Test
  void shouldWriteTheApprovedProgrammeAsThePartysProgrammesLayItOut() throws Exception {
    long programme = fixture.programme(resolution, ward, "IN_REVIEW");
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, budget_vnd, manpower, start_date, deadline, output, target)
            VALUES (:p, 0, 'Số hóa 100% hồ sơ đảng viên của Đảng bộ phường', :lead, 350000000, '3 cán bộ', DATE '2026-04-01',
                    DATE '2027-12-31', 'Cơ sở dữ liệu đảng viên của phường', '100% hồ sơ')""")
        .param("p", programme).param("lead", group(ward, Organ.OFFICE)).update();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, budget_vnd, start_date, deadline, output)
            VALUES (:p, 1, 'Lắp đặt 12 camera an ninh tại các tổ dân phố', :lead, 0, DATE '2026-05-01', DATE '2026-12-31',
                    '12 camera hoạt động')""")
        .param("p", programme).param("lead", "unit." + unit).update();
    jdbc.sql("INSERT INTO programme_item_coordinator (item_id, seq, coordinator_group) SELECT id, 0, :g FROM programme_item WHERE programme_id = :p AND seq = 0")
        .param("g", "unit." + unit).param("p", programme).update();

    String url = "/api/committees/" + ward + "/programme.docx?resolution=" + resolution;
    try (XWPFDocument draft = docx(admin(url))) {
      assertThat(text(draft)).as("before approval: a draft without a number").contains("DỰ THẢO", "Số      -CTr/ĐU");
    }
    assertThat(programmes.issue(programme, null)).isEqualTo("01-CTr/ĐU");

    ResponseEntity<byte[]> answer = admin(url);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().isAttachment()).isTrue();
    try (XWPFDocument document = kept("programme", answer)) {
      PartyDocxAssert.assertPartyLayout(document);
      assertThat(PartyDocxAssert.issuerLines(document))
          .containsExactly("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY PHƯỜNG HẢI CHÂU", "*", "Số 01-CTr/ĐU");
      String text = text(document);
      assertThat(text).doesNotContain("DỰ THẢO").contains("Hải Châu, ngày 02 tháng 5 năm 2028", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
          "thực hiện Nghị quyết số " + symbol() + " của Thành ủy Đà Nẵng", "I. MỤC ĐÍCH, YÊU CẦU",
          "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "Chương trình gồm 2 nhiệm vụ", "III. TỔ CHỨC THỰC HIỆN",
          "3. Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát", "Nơi nhận:", "- Ban Thường vụ Thành ủy Đà Nẵng (để báo cáo),",
          "- Các đồng chí Đảng ủy viên,", "- Chi bộ Tổ dân phố 1,", "- Các cơ quan, đơn vị được phân công,",
          "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ");
      XWPFTable items = document.getTables().get(1);
      assertThat(items.getRow(0).getTableCells()).extracting(cell -> cell.getText()).containsExactly("STT", "Nội dung nhiệm vụ",
          "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Kết quả đầu ra", "Kinh phí, nhân lực");
      assertThat(items.getRow(1).getCell(2).getText()).as("the ward's own office, its place not repeated").isEqualTo("Văn phòng Đảng ủy");
      assertThat(items.getRow(1).getCell(3).getText()).isEqualTo("Ủy ban nhân dân");
      assertThat(items.getRow(1).getCell(4).getText()).isEqualTo("01/04/2026 – 31/12/2027");
      assertThat(items.getRow(1).getCell(5).getText()).isEqualTo("Cơ sở dữ liệu đảng viên của phường (chỉ tiêu: 100% hồ sơ)");
      assertThat(items.getRow(1).getCell(6).getText()).isEqualTo("Kinh phí: 350.000.000 đồng; nhân lực: 3 cán bộ");
      assertThat(items.getRow(2).getCell(2).getText()).isEqualTo("Ủy ban nhân dân");
      assertThat(items.getRow(2).getCell(6).getText()).isEqualTo("Không cần kinh phí");
    }
    assertThat(get(member(group(cell1, Organ.OFFICE), "vp"), PASSWORD, url).getStatusCode())
        .as("a subordinate's office may not read its superior's programme").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(member(group(city, Organ.OFFICE), "vp"), PASSWORD, url).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldWriteAWardsReviewReportUnderItsSuperiorsPartyOrganisationWithItsRegisterNumber() throws Exception {
    long programme = fixture.programme(resolution, ward, "APPROVED");
    // the symbol its approval issued (the fixture's names the committee's code)
    jdbc.sql("UPDATE programme SET symbol = '01-CTr/ĐU' WHERE id = :p").param("p", programme).update();
    fixture.item(programme, "DONE_ON_TIME", LocalDate.of(2027, 6, 30), null);
    fixture.item(programme, "IN_PROGRESS", LocalDate.of(2029, 6, 30), null);
    jdbc.sql("UPDATE programme_item SET budget_vnd = 120000000, target = '100% hồ sơ', target_reached = '100% hồ sơ' WHERE programme_id = :p AND seq = 0")
        .param("p", programme).update();
    studies.record(wardRollout, new StudySubmission(List.of(
            new StudySession("2026-01-10", "KEY_OFFICIALS", "IN_PERSON", 40, 38),
            new StudySession("2026-01-15", "MEMBERS", "ONLINE", 300, 270)), true, "2026-01-25", "Tổ dân phố 1 tổ chức tốt."),
        new Term(TERM_FROM, TERM_TO), LocalDate.of(2026, 1, 31), "test");
    long cell1Rollout = fixture.rollout(resolution, cell1, "MID_TERM_REVIEW");
    fixture.report(cell1Rollout, "MID_TERM", true);
    fixture.rollout(resolution, cell2, "EXECUTION");
    register.issue(DocumentKind.MID_TERM_REPORT, 999_999, ward, "ĐU", LocalDate.of(2028, 5, 2), 4, "reportNumber", "test");
    assertThatThrownBy(() -> reviews.draft(wardRollout, ReviewKind.MID_TERM, submission(4), "test"))
        .as("a number the paper register gave to another document").isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Số 04-BC/ĐU năm 2028 đã cấp cho văn bản khác");
    reviews.draft(wardRollout, ReviewKind.MID_TERM, submission(null), "test");
    reviews.decide(wardRollout, ReviewKind.MID_TERM, true, null, LocalDate.of(2028, 4, 20), "test");

    try (XWPFDocument document = kept("review-report", admin("/api/committees/" + ward + "/reports/MID_TERM.docx?resolution=" + resolution))) {
      PartyDocxAssert.assertPartyLayout(document);
      assertThat(PartyDocxAssert.issuerLines(document))
          .containsExactly("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY PHƯỜNG HẢI CHÂU", "*", "Số 05-BC/ĐU");
      String text = text(document);
      assertThat(text).contains("Hải Châu, ngày 02 tháng 5 năm 2028", "BÁO CÁO",
          "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số " + symbol(),
          "Đã tổ chức 2 hội nghị học tập, quán triệt nghị quyết (cán bộ chủ chốt: 1 hội nghị, mời 40, dự 38 (95%); "
              + "đảng viên: 1 hội nghị, mời 300, dự 270 (90%)); tổng số mời 340, dự 308. Tổ chức học bù cho người vắng mặt "
              + "ngày 25/01/2026.",
          "Đảng ủy phường Hải Châu đã ban hành Chương trình hành động số 01-CTr/ĐU với 2 nhiệm vụ",
          "1 nhiệm vụ đã hoàn thành, 1 nhiệm vụ có kết quả đầu ra được ghi nhận; 1/1 nhiệm vụ có chỉ tiêu đã ghi kết quả đạt được.",
          "Kinh phí dự kiến theo chương trình: 120.000.000 đồng (1 nhiệm vụ); 0 nhiệm vụ không cần kinh phí; 1 nhiệm vụ chưa xác định kinh phí.",
          "- 100% hồ sơ (nhiệm vụ 1): đạt 100% hồ sơ.",
          "Báo cáo sơ kết giữa nhiệm kỳ của 2 cấp ủy trực thuộc: 1 gửi đúng hạn, 0 gửi chậm, 1 chưa gửi (đã quá hạn).",
          "II. ĐÁNH GIÁ CHUNG", "Phường hoàn thành phần lớn nhiệm vụ đúng hạn.",
          "VI. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Thành ủy hỗ trợ kinh phí số hóa.",
          "- Ban Thường vụ Thành ủy Đà Nẵng (để báo cáo),", "- Các đồng chí Đảng ủy viên,", "- Chi bộ Tổ dân phố 1,",
          "- Chi bộ Tổ dân phố 2,", "- Lưu Văn phòng Đảng ủy.");
      XWPFTable study = document.getTables().get(4);
      assertThat(study.getRow(1).getCell(0).getText()).isEqualTo("Cán bộ chủ chốt");
      assertThat(study.getRow(2).getCell(4).getText()).isEqualTo("90");
    }
  }

  @Test
  void shouldWriteTheStudyReportWithAttendancePerAudienceAndWhoDidWell() throws Exception {
    clockAt(LocalDateTime.of(2026, 1, 28, 10, 0));
    studies.record(wardRollout, new StudySubmission(List.of(
            new StudySession("2026-01-10", "KEY_OFFICIALS", "IN_PERSON", 40, 38),
            new StudySession("2026-01-15", "MEMBERS", "ONLINE", 300, 270)), false, null, "Tổ dân phố 2 còn nhiều đảng viên vắng."),
        new Term(TERM_FROM, TERM_TO), LocalDate.of(2026, 1, 31), "test");
    long cell1Rollout = fixture.rollout(resolution, cell1, "EXECUTION");
    studies.record(cell1Rollout, new StudySubmission(List.of(new StudySession("2026-01-20", "MEMBERS", "IN_PERSON", 20, 20)),
        false, null, null), new Term(TERM_FROM, TERM_TO), LocalDate.of(2026, 1, 31), "test");
    clockAt(TODAY);

    String url = "/api/committees/" + ward + "/study-report.docx?resolution=" + resolution;
    try (XWPFDocument document = kept("study-report", admin(url))) {
      PartyDocxAssert.assertPartyLayout(document);
      assertThat(PartyDocxAssert.issuerLines(document)).element(3).asString().matches("Số \\d{2}-BC/ĐU");
      String text = text(document);
      assertThat(text).contains("kết quả học tập, quán triệt Nghị quyết số " + symbol(), "I. TÌNH HÌNH TỔ CHỨC HỌC TẬP, QUÁN TRIỆT",
          "- Cán bộ chủ chốt: 1 hội nghị, mời 40, dự 38, đạt 95%.", "- Đảng viên: 1 hội nghị, mời 300, dự 270, đạt 90%.",
          "- Không tổ chức học bù.", "III. ĐÁNH GIÁ", "Tổ dân phố 2 còn nhiều đảng viên vắng.",
          "Các cấp ủy trực thuộc làm tốt (đúng hạn, tỷ lệ dự từ 90% trở lên): Chi bộ Tổ dân phố 1.",
          "Các cấp ủy trực thuộc chưa tốt (chậm, chưa tổ chức khi đã quá hạn, hoặc tỷ lệ dự dưới 80%): Chi bộ Tổ dân phố 2.");
      XWPFTable sessions = document.getTables().get(1);
      assertThat(sessions.getRow(2).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("2", "15/01/2026", "Đảng viên", "Trực tuyến", "300", "270", "90");
    }
    assertThat(get(member(group(ward, Organ.PROPAGANDA), "tg"), PASSWORD, url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(member(group(cell1, Organ.OFFICE), "vp2"), PASSWORD, url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldWriteTheInspectionConclusionOfTheInspectionCommitteeWithTheShortcomingsToRemedy() throws Exception {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO inspection (resolution_id, inspecting_committee, inspected_committee, kind, planned_on, status,
                                    concluded_on, conclusions, concluded_by)
            VALUES (:r, :city, :ward, 'PERIODIC', DATE '2028-04-01', 'CONCLUDED', DATE '2028-05-02',
                    'Đảng ủy phường đã ban hành chương trình đúng hạn.
            Việc báo cáo tiến độ hằng quý còn chậm.', 'test')""")
        .param("r", resolution).param("city", city).param("ward", ward).update(keys, "id");
    long inspection = keys.getKeyAs(Number.class).longValue();
    jdbc.sql("INSERT INTO inspection_reason (inspection_id, seq, code, label) VALUES (:i, 0, 'LATE_REPORTS', 'Có báo cáo chậm hoặc chưa gửi')")
        .param("i", inspection).update();
    var item = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO programme_item (seq, content, lead_group, deadline, output, status)
            VALUES (0, 'Khắc phục sau kiểm tra: báo cáo tiến độ quý đúng hạn', :lead, DATE '2028-06-30', 'Báo cáo', 'NOT_STARTED')""")
        .param("lead", group(ward, Organ.OFFICE)).update(item, "id");
    jdbc.sql("INSERT INTO inspection_shortcoming (inspection_id, seq, content, deadline, item_id) VALUES (:i, 0, 'Báo cáo tiến độ quý đúng hạn', DATE '2028-06-30', :item)")
        .param("i", inspection).param("item", item.getKeyAs(Number.class).longValue()).update();
    String url = "/api/inspections/" + inspection + "/conclusion.docx";
    assertThat(admin(url).getStatusCode()).as("not numbered, not issued").isEqualTo(HttpStatus.NOT_FOUND);
    register.issue(DocumentKind.INSPECTION_CONCLUSION, inspection, city, "UBKTTU", LocalDate.of(2028, 5, 2), null, null, "test");

    try (XWPFDocument document = kept("inspection-conclusion", admin(url))) {
      PartyDocxAssert.assertPartyLayout(document);
      assertThat(PartyDocxAssert.issuerLines(document))
          .containsExactly("THÀNH ỦY ĐÀ NẴNG", "ỦY BAN KIỂM TRA", "*", "Số 01-TB/UBKTTU");
      String text = text(document);
      assertThat(text).contains("Đà Nẵng, ngày 02 tháng 5 năm 2028", "THÔNG BÁO",
          "kết luận kiểm tra việc thực hiện Nghị quyết số " + symbol(), "đối với Đảng ủy phường Hải Châu",
          "I. LÝ DO LỰA CHỌN KIỂM TRA", "- Có báo cáo chậm hoặc chưa gửi", "II. KẾT QUẢ KIỂM TRA",
          "Việc báo cáo tiến độ hằng quý còn chậm.", "III. THIẾU SÓT VÀ YÊU CẦU KHẮC PHỤC",
          "báo cáo kết quả về Ủy ban Kiểm tra Thành ủy Đà Nẵng chậm nhất ngày 30/06/2028",
          "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "- Ban Thường vụ Thành ủy Đà Nẵng (để báo cáo),",
          "- Đảng ủy phường Hải Châu (để thực hiện),");
      XWPFTable remedies = document.getTables().get(1);
      assertThat(remedies.getRow(1).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("1", "Báo cáo tiến độ quý đúng hạn", "Chậm nhất ngày 30/06/2028", "Chưa triển khai");
    }
    assertThat(get(member(group(ward, Organ.OFFICE), "vp3"), PASSWORD, url).getStatusCode())
        .as("the inspected committee's office receives it").isEqualTo(HttpStatus.OK);
    assertThat(get(member(group(city, Organ.INSPECTION), "kt"), PASSWORD, url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(member(group(cell1, Organ.OFFICE), "vp4"), PASSWORD, url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers ---

  private static ReviewSubmission submission(Integer typedNumber) {
    return new ReviewSubmission("Tăng trưởng 8%.", "Giảm 12 hộ nghèo.", "Kết nạp 15 đảng viên.",
        "Phường hoàn thành phần lớn nhiệm vụ đúng hạn.", List.of(new ReviewSubmission.Limitation("Số hóa chậm", "Văn phòng Đảng ủy")),
        "Thiếu kinh phí.", "Phân công rõ người, rõ việc.", "Hoàn thành số hóa trong năm 2028.",
        "Đề nghị Thành ủy hỗ trợ kinh phí số hóa.", typedNumber);
  }

  private String symbol() {
    return jdbc.sql("SELECT symbol FROM resolution WHERE id = :id").param("id", resolution).query(String.class).single();
  }

  private ResponseEntity<byte[]> admin(String url) {
    return get("admin", TestDatabase.ADMIN_PASSWORD, url);
  }

  private ResponseEntity<byte[]> get(String user, String password, String url) {
    return http.withBasicAuth(user, password).getForEntity(url, byte[].class);
  }

  @Override
  protected String member(String groupId, String name) {
    String userId = super.member(groupId, name);
    var user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    return userId;
  }

  private static XWPFDocument docx(ResponseEntity<byte[]> answer) throws Exception {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new XWPFDocument(new ByteArrayInputStream(answer.getBody()));
  }

  /**
   * Keeps a document as {@code target/documents/<name>.docx} (H2 run), for {@code docs/render-documents.sh},
   * which renders its first page for the README.
   */
  private static XWPFDocument kept(String name, ResponseEntity<byte[]> answer) throws Exception {
    if (!TestDatabase.isPostgres() && answer.getStatusCode() == HttpStatus.OK) {
      java.nio.file.Path folder = java.nio.file.Path.of("target", "documents");
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(folder.resolve(name + ".docx"), answer.getBody());
    }
    return docx(answer);
  }

  @SuppressWarnings("resource") // closing the extractor would close the document the test still reads
  private static String text(XWPFDocument document) {
    return new XWPFWordExtractor(document).getText();
  }
}
