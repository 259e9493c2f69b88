package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rollout.resolution.Term;

class ProgrammeQualityCheckTest {

  static final ProgrammeQualityCheck CHECK = new ProgrammeQualityCheck();
  static final Term TERM = new Term(LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));

  /** The city's programme. */
  static final List<ProgrammeItem> PARENT = List.of(
      item("Tổ chức học tập, quán triệt Nghị quyết Đại hội XXIII Đảng bộ thành phố đến 100% cán bộ, đảng viên",
          "100% cán bộ, đảng viên được học tập; báo cáo kết quả học tập"),
      item("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố",
          "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương"),
      item("Kiểm tra, giám sát việc thực hiện Nghị quyết tại 100% đảng bộ trực thuộc, mỗi năm ít nhất một lần",
          "Kết luận kiểm tra, giám sát hằng năm đối với từng đảng bộ trực thuộc"),
      item("Sơ kết giữa nhiệm kỳ việc thực hiện Nghị quyết, báo cáo Ban Thường vụ Thành ủy trước ngày 20/4/2028",
          "Báo cáo sơ kết giữa nhiệm kỳ kèm phụ lục số liệu"));

  /** The ward's copies of the city's items, one for each. */
  static final List<ProgrammeItem> COPIES = List.of(
      item("Tổ chức học tập, quán triệt Nghị quyết Đại hội XXIII Đảng bộ phường đến 100% cán bộ, đảng viên",
          "100% cán bộ, đảng viên được học tập; báo cáo kết quả học tập"),
      item("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường",
          "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương"),
      item("Kiểm tra, giám sát việc thực hiện Nghị quyết tại 100% chi bộ trực thuộc, mỗi năm ít nhất một lần",
          "Kết luận kiểm tra, giám sát hằng năm đối với từng chi bộ trực thuộc"),
      item("Sơ kết giữa nhiệm kỳ việc thực hiện Nghị quyết, báo cáo Ban Thường vụ Thành ủy trước ngày 20/4/2028",
          "Báo cáo sơ kết giữa nhiệm kỳ kèm phụ lục số liệu"));

  /** The ward's own items. */
  static final List<ProgrammeItem> OWN = List.of(
      item("Chỉnh trang 12 tuyến kiệt, hẻm ở khu dân cư Bình Hiên", "12 tuyến kiệt, hẻm được nghiệm thu"),
      item("Hỗ trợ 37 hộ nghèo của phường thoát nghèo bền vững", "37 hộ thoát nghèo, có danh sách xác nhận"),
      item("Lắp đặt 40 camera an ninh tại các khu dân cư", "40 camera hoạt động"),
      item("Tổ chức 03 hội nghị học tập Nghị quyết cho 1.250 đảng viên của 42 chi bộ", "Biên bản 03 hội nghị"),
      item("Số hóa hồ sơ của 1.250 đảng viên thuộc 42 chi bộ, cập nhật vào Cơ sở dữ liệu đảng viên của thành phố",
          "1.250 hồ sơ được số hóa"),
      item("Kiểm tra 14 chi bộ trực thuộc mỗi năm", "14 kết luận kiểm tra mỗi năm"),
      item("Đưa 25 thủ tục lên dịch vụ công trực tuyến toàn trình", "25 thủ tục trực tuyến toàn trình"));

  @Test
  void shouldAcceptAProgrammeThatRepeatsASingleParentItemAndReportIt() {
    List<ProgrammeItem> items = new ArrayList<>(OWN.subList(0, 6));
    items.add(COPIES.get(3));

    CheckResult result = CHECK.check(TERM, items, PARENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.ACCEPTED);
    assertThat(result.copyScore()).isEqualTo(0.142);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.item()).isEqualTo(6);
      assertThat(finding.kind()).isEqualTo(FindingKind.COPIED);
      assertThat(finding.parentItem()).isEqualTo(3);
      assertThat(finding.similarity()).isEqualTo(1.0);
      assertThat(finding.message())
          .contains("mục 4 của chương trình cấp trên")
          .contains("“Sơ kết giữa nhiệm kỳ việc thực hiện Nghị quyết, báo cáo Ban Thường vụ Thành ủy trước ngày 20/4/2028”")
          .contains("độ tương đồng 100%");
    });
  }

  @Test
  void shouldReturnAProgrammeWhenHalfOfItsItemsAreCopies() {
    List<ProgrammeItem> items = concat(COPIES, OWN.subList(0, 4));

    CheckResult result = CHECK.check(TERM, items, PARENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.RETURNED);
    assertThat(result.copyScore()).isEqualTo(0.5);
    assertThat(result.findings()).extracting(Finding::item, Finding::kind, Finding::parentItem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, FindingKind.COPIED, 0),
            org.assertj.core.groups.Tuple.tuple(1, FindingKind.COPIED, 1),
            org.assertj.core.groups.Tuple.tuple(2, FindingKind.COPIED, 2),
            org.assertj.core.groups.Tuple.tuple(3, FindingKind.COPIED, 3));
  }

  @Test
  void shouldAcceptAProgrammeWithFewerThanHalfOfItsItemsCopied() {
    List<ProgrammeItem> items = concat(COPIES.subList(0, 3), OWN.subList(0, 4));

    CheckResult result = CHECK.check(TERM, items, PARENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.ACCEPTED);
    assertThat(result.copyScore()).isEqualTo(0.428);
    assertThat(result.findings()).extracting(Finding::kind).containsOnly(FindingKind.COPIED).hasSize(3);
  }

  @Test
  void shouldReturnAProgrammeWithAnyFindingOtherThanACopy() {
    List<ProgrammeItem> items = concat(OWN, List.of(item("Đẩy mạnh chuyển đổi số", "Chuyển đổi số có chuyển biến")));

    CheckResult result = CHECK.check(TERM, items, PARENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.RETURNED);
    assertThat(result.copyScore()).isZero();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.item()).isEqualTo(7);
      assertThat(finding.kind()).isEqualTo(FindingKind.SLOGAN);
      assertThat(finding.message()).contains("“đẩy mạnh”").contains("“Chuyển đổi số có chuyển biến” không đo được");
    });
  }

  @Test
  void shouldReturnAnEmptyProgramme() {
    CheckResult result = CHECK.check(TERM, List.of(), PARENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.RETURNED);
    assertThat(result.findings()).extracting(Finding::item, Finding::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, FindingKind.EMPTY));
    assertThat(CHECK.check(null, null, null).findings()).extracting(Finding::kind).containsExactly(FindingKind.EMPTY);
  }

  @Test
  void shouldReportEveryMissingFieldOfAnItemLeftBlank() {
    CheckResult result = CHECK.check(TERM, Arrays.asList((ProgrammeItem) null), null);

    assertThat(result.findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.MISSING_LEAD, FindingKind.MISSING_DEADLINE, FindingKind.MISSING_OUTPUT,
            FindingKind.MISSING_RESOURCES);
  }

  @Test
  void shouldCheckTheDeadlineAgainstTheBoundOfTheTermThatIsKnown() {
    ProgrammeItem late = new ProgrammeItem("Lắp đặt 40 camera", "Công an phường", List.of(), 800_000_000L, null, null,
        LocalDate.of(2031, 6, 30), "40 camera", null);

    CheckResult result = CHECK.check(new Term(null, LocalDate.of(2030, 9, 30)), List.of(late), List.of());

    assertThat(result.findings()).extracting(Finding::kind, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FindingKind.DEADLINE_OUTSIDE_TERM, "Thời hạn hoàn thành nằm ngoài nhiệm kỳ (đến 30/09/2030)."));
  }

  @Test
  void shouldWriteEveryMessageInVietnameseNfc() {
    List<ProgrammeItem> items = concat(COPIES, List.of(
        item("Tăng cường công tác kiểm tra", ""),
        new ProgrammeItem("Tích cực phòng, chống tham nhũng", " ", null, null, null, LocalDate.of(2031, 1, 1),
            LocalDate.of(2030, 12, 31), "Công tác phòng chống tham nhũng chuyển biến tích cực", null),
        new ProgrammeItem("Lắp đặt 40 camera an ninh", "Công an phường", null, null, null, null, null, "40 camera", null)));

    List<Finding> findings = new ArrayList<>(CHECK.check(TERM, items, PARENT).findings());
    findings.addAll(CHECK.check(TERM, List.of(), PARENT).findings());

    assertThat(findings).extracting(Finding::kind).contains(FindingKind.values());
    assertThat(findings).allSatisfy(finding ->
        assertThat(Normalizer.isNormalized(finding.message(), Normalizer.Form.NFC)).isTrue());
  }

  @Test
  void shouldReportAnItemWithNeitherMoneyNorPeople() {
    List<ProgrammeItem> items = List.of(means(null, null), means(0L, " "), means(0L, "Chi ủy 3 người"),
        means(40_000_000L, null), means(null, "2 cán bộ"));

    CheckResult result = CHECK.check(TERM, items, List.of());

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.RETURNED);
    assertThat(result.findings()).extracting(Finding::item, Finding::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, FindingKind.MISSING_RESOURCES),
        org.assertj.core.groups.Tuple.tuple(1, FindingKind.MISSING_RESOURCES));
    assertThat(result.findings().get(0).message()).startsWith("Chưa nêu kinh phí và nhân lực");
    assertThat(result.findings().get(1).message()).startsWith("Đã ghi không cần kinh phí nhưng chưa nêu nhân lực");
  }

  @Test
  void shouldTellTheOfficeWhichWordsAreTheSuperiorsAndWhatItOnlyAdded() {
    ProgrammeItem dressedUp = item("Hoàn thành số hóa 95% hồ sơ đảng viên trên địa bàn phường Hải Châu trong năm 2026",
        "Cơ sở dữ liệu đảng viên");

    Finding finding = CHECK.check(TERM, List.of(dressedUp), PARENT).findings().get(0);

    assertThat(finding.kind()).isEqualTo(FindingKind.COPIED);
    assertThat(finding.message())
        .startsWith("Nội dung gần như chép lại mục 2 của chương trình cấp trên: “Hoàn thành số hóa 100% hồ sơ đảng viên trên "
            + "địa bàn thành phố”")
        .contains("phần thêm vào chỉ là địa danh, tên riêng, thời gian hoặc con số (“95%”, “phường Hải Châu”, "
            + "“trong năm 2026”)");
  }

  @Test
  void shouldTellTheOfficeWhyAnOutputIsNotMeasurable() {
    List<ProgrammeItem> items = List.of(
        item("Tăng cường tuyên truyền về chuyển đổi số", "100% đảng viên nâng cao nhận thức về chuyển đổi số"),
        item("Củng cố tổ chức cơ sở đảng", "Tổ chức cơ sở đảng được củng cố vững chắc"),
        item("Triển khai Đề án phường văn minh", "Thực hiện theo kế hoạch"));

    List<Finding> findings = CHECK.check(TERM, items, List.of()).findings();

    assertThat(findings).extracting(Finding::kind).containsOnly(FindingKind.SLOGAN).hasSize(3);
    assertThat(findings.get(0).message())
        .startsWith("Nội dung dùng từ ngữ khẩu hiệu (“tăng cường”) nhưng kết quả đầu ra “100% đảng viên nâng cao nhận "
            + "thức về chuyển đổi số” không đo được: con số “100% đảng viên” gắn với “nâng cao”, “nhận thức”");
    assertThat(findings.get(1).message())
        .startsWith("Kết quả đầu ra “Tổ chức cơ sở đảng được củng cố vững chắc” không đo được: chỉ nhắc lại nhiệm vụ");
    assertThat(findings.get(2).message()).contains("“kế hoạch” ở đây là văn bản phải theo");
  }

  @Test
  void shouldKeepEveryMessageShortEnoughToStoreWhateverTheItemsLength() {
    String long2000 = "Tăng cường, nâng cao, đẩy mạnh hiệu quả công tác dân vận khu dân cư Bình Hiên năm 2026 ".repeat(23)
        .substring(0, 2000);
    List<ProgrammeItem> items = List.of(
        item(long2000, long2000),
        item(long2000, ""),
        item(PARENT.get(1).content() + " " + long2000.replace("Tăng cường, nâng cao, đẩy mạnh hiệu quả", "Tại"), null));
    List<ProgrammeItem> parent = List.of(item(long2000, long2000), PARENT.get(1));

    List<Finding> findings = CHECK.check(TERM, items, parent).findings();

    assertThat(findings).extracting(Finding::kind).contains(FindingKind.SLOGAN, FindingKind.COPIED);
    assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).hasSizeLessThanOrEqualTo(1000));
  }

  @Test
  void shouldTakeItsThresholdsFromConfiguration() {
    var strict = new ProgrammeQualityCheck(new ProgrammeCheckProperties(0.7, 0.9, 0.8, ProgrammeCheckProperties.defaults().lexicon()));
    var lenient = new ProgrammeQualityCheck(new ProgrammeCheckProperties(1.01, 0.5, 0.8, ProgrammeCheckProperties.defaults().lexicon()));
    List<ProgrammeItem> items = concat(COPIES, OWN.subList(0, 4));

    assertThat(strict.check(TERM, items, PARENT).verdict()).isEqualTo(CheckResult.Verdict.ACCEPTED);
    assertThat(lenient.check(TERM, items, PARENT).findings()).isEmpty();
  }

  static ProgrammeItem item(String content, String output) {
    return new ProgrammeItem(content, "Văn phòng Đảng ủy phường", List.of(), 10_000_000L, "2 cán bộ",
        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), output, null);
  }

  private static ProgrammeItem means(Long budgetVnd, String manpower) {
    return new ProgrammeItem("Tổ chức 02 hội nghị học tập Nghị quyết", "Văn phòng Đảng ủy phường", List.of(), budgetVnd, manpower,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Biên bản 02 hội nghị", null);
  }

  private static List<ProgrammeItem> concat(List<ProgrammeItem> first, List<ProgrammeItem> second) {
    List<ProgrammeItem> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
