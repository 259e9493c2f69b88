package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyDetectionTest {

  static final ProgrammeCheckProperties DEFAULTS = ProgrammeCheckProperties.defaults();
  static final CopyDetection DETECTION = new CopyDetection(
      Lexicon.load(DEFAULTS.lexicon()), DEFAULTS.copyThreshold(), DEFAULTS.localQuantityFactor());

  static final String STUDY = "Tổ chức học tập, quán triệt Nghị quyết Đại hội XXIII Đảng bộ thành phố đến 100% cán bộ, đảng viên";
  static final String DIGITISE = "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố";
  static final String INSPECT = "Kiểm tra, giám sát việc thực hiện Nghị quyết tại 100% đảng bộ trực thuộc, mỗi năm ít nhất một lần";

  @Test
  void shouldSeeACopyPastedFromWordInNfd() {
    String pasted = Normalizer.normalize(STUDY.replace("thành phố", "phường"), Normalizer.Form.NFD);

    assertThat(similarity(pasted, STUDY)).isGreaterThan(0.95);
  }

  @Test
  void shouldSeeACopyTypedWithoutDiacritics() {
    String typed = "To chuc hoc tap, quan triet Nghi quyet Dai hoi XXIII Dang bo phuong den 100% can bo, dang vien";

    assertThat(similarity(typed, STUDY)).isGreaterThan(0.9);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường | Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố
      Giảm tỷ lệ hộ nghèo đa chiều của xã xuống dưới 0,5%         | Giảm tỷ lệ hộ nghèo đa chiều của tỉnh xuống dưới 0,5%
      Báo cáo Ban Thường vụ Đảng ủy phường trước ngày 20/4/2028   | Báo cáo Ban Thường vụ Thành ủy trước ngày 20/4/2028
      Ban Thường vụ Đảng ủy xã chỉ đạo rà soát quy hoạch cán bộ    | Ban Thường vụ Huyện ủy chỉ đạo rà soát quy hoạch cán bộ
      Rà soát quy hoạch cán bộ của Đảng ủy xã Nghĩa Hành          | Rà soát quy hoạch cán bộ của Tỉnh ủy Quảng Ngãi
      Kiểm tra 100% chi bộ trực thuộc mỗi năm                     | Kiểm tra 100% đảng bộ trực thuộc mỗi năm
      Kiểm tra 100% tổ chức cơ sở đảng của phường 5               | Kiểm tra 100% tổ chức cơ sở đảng của thành phố
      """)
  void shouldIgnoreTheLevelWordsACopierSwaps(String child, String parent) {
    assertThat(similarity(child, parent)).isGreaterThan(0.95);
  }

  @Test
  void shouldIgnoreAnAddedPhraseNamingTheCommitteesOwnWard() {
    assertThat(similarity("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường Hải Châu", DIGITISE)).isGreaterThan(0.95);
  }

  @Test
  void shouldSeeAReorderedCopy() {
    String reordered = "Mỗi năm ít nhất một lần, kiểm tra, giám sát việc thực hiện Nghị quyết tại 100% chi bộ trực thuộc";

    assertThat(similarity(reordered, INSPECT)).isGreaterThan(0.9);
  }

  @Test
  void shouldSeeALightlyRewordedCopy() {
    String parent = "Xây dựng và triển khai Đề án phát triển kinh tế số thành phố giai đoạn 2026-2030, nâng tỷ trọng kinh tế số đạt 30% GRDP";
    String reworded = "Xây dựng và thực hiện Đề án phát triển kinh tế số của phường giai đoạn 2026-2030, nâng tỷ trọng kinh tế số lên 30% GRDP";

    assertThat(similarity(reworded, parent)).isGreaterThan(0.75);
    assertThat(copies(List.of(reworded), List.of(parent))[0]).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường trong năm 2026                 | trong năm 2026
      Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường, giai đoạn 2026 – 2030          | giai đoạn 2026 – 2030
      Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn phường, hoàn thành trước ngày 31/12/2027 | hoàn thành trước ngày 31/12/2027
      Hoàn thành số hóa 100% hồ sơ đảng viên tại khu dân cư Bình Hiên, Nam Dương                 | khu dân cư Bình Hiên
      Hoàn thành số hóa 100% hồ sơ đảng viên của Chi bộ Trường THCS Nguyễn Huệ                   | Chi bộ Trường THCS Nguyễn Huệ
      Hoàn thành số hóa 95% hồ sơ đảng viên trên địa bàn phường                                  | 95%
      Hoàn thành số hóa 1.250 hồ sơ đảng viên trên địa bàn phường                                | 1.250
      Hoàn thành số hóa một nghìn hai trăm hồ sơ đảng viên trên địa bàn phường                   | -
      Hội Liên hiệp Phụ nữ phường phối hợp hoàn thành số hóa 100% hồ sơ đảng viên                | Hội Liên hiệp Phụ nữ
      """, nullValues = "-")
  void shouldSeeACopyThroughTheDecorationsAnyCopierCanAdd(String child, String addition) {
    CopyDetection.Match match = copies(List.of(child), List.of(DIGITISE))[0];

    assertThat(match).isNotNull();
    assertThat(match.similarity()).isGreaterThan(0.8);
    if (addition != null) {
      assertThat(match.additions()).contains(addition);
    }
  }

  @Test
  void shouldNotCallAnItemThatDoesSomethingOfItsOwnOnTheParentsTopicACopy() {
    String own = "Số hóa hồ sơ của 1.250 đảng viên thuộc 42 chi bộ, cập nhật vào Cơ sở dữ liệu đảng viên của thành phố";
    String otherActivity = "Rà soát, bổ sung lý lịch của đảng viên trước khi số hóa hồ sơ";

    assertThat(copies(List.of(own, otherActivity), List.of(DIGITISE))).containsOnlyNulls();
  }

  @Test
  void shouldCountALocalQuantityOfSomethingTheParentDoesNotCount() {
    ProgrammeItem parent = item("Bảo đảm tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% vào năm 2030", null);
    ProgrammeItem mobilise = item("Vận động 4.200 người dân của xã tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ từ 88% lên 95%", null);
    ProgrammeItem changedFigure = item("Bảo đảm tỷ lệ người dân tham gia bảo hiểm y tế đạt 97% vào năm 2029", null);

    ProgrammeItem yearThenWord = item("Bảo đảm tỷ lệ người dân tham gia bảo hiểm y tế năm 2029 đạt 95%", null);

    assertThat(DETECTION.similarity(mobilise, parent)).isLessThan(DEFAULTS.copyThreshold());
    assertThat(DETECTION.similarity(changedFigure, parent)).isEqualTo(1.0);
    assertThat(DETECTION.similarity(yearThenWord, parent)).isEqualTo(1.0);
  }

  @Test
  void shouldNotCallAnItemNamingItsOwnObjectAndProductACopy() {
    String places = "Chỉnh trang 12 tuyến kiệt, hẻm ở khu dân cư Bình Hiên, lắp đặt chiếu sáng và camera an ninh";
    String general = "Tổ chức học tập, quán triệt Nghị quyết cho cán bộ, đảng viên";

    assertThat(copies(List.of(places, general), List.of(STUDY)))
        .extracting(match -> match == null ? null : match.parentItem())
        .containsExactly(null, 0);
  }

  @Test
  void shouldMatchEachItemToTheMostSimilarParentItem() {
    String child = "Kiểm tra, giám sát việc thực hiện Nghị quyết tại 100% chi bộ trực thuộc, mỗi năm ít nhất một lần";

    CopyDetection.Match match = copies(List.of(child), List.of(STUDY, DIGITISE, INSPECT))[0];

    assertThat(match.parentItem()).isEqualTo(2);
    assertThat(match.similarity()).isGreaterThan(0.95);
  }

  @Test
  void shouldNotCallAShortSloganACopyOfTheLongerParentItemItEchoes() {
    assertThat(copies(List.of("Tăng cường công tác kiểm tra, giám sát"), List.of(INSPECT))[0]).isNull();
  }

  @Test
  void shouldLetAnOutputCopiedWordForWordAddToTheEvidence() {
    ProgrammeItem parent = item("Cải cách thủ tục hành chính, giảm 30% thời gian giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công thành phố",
        "Thời gian giải quyết hồ sơ giảm 30% so với năm 2025");
    ProgrammeItem child = item("Cải cách thủ tục hành chính, giảm 30% thời gian giải quyết hồ sơ tại bộ phận một cửa của phường",
        "Thời gian giải quyết hồ sơ giảm 30% so với năm 2025");
    ProgrammeItem ownOutput = item(child.content(), "Báo cáo kết quả cải cách hằng quý");

    assertThat(DETECTION.similarity(child, parent)).isGreaterThan(DETECTION.similarity(ownOutput, parent));
    assertThat(DETECTION.similarity(ownOutput, parent)).isGreaterThan(0.6);
  }

  @Test
  void shouldFindNoCopyWithoutAParentProgrammeOrWithoutContent() {
    assertThat(DETECTION.copies(List.of(item(STUDY, null)), List.of())).containsOnlyNulls();
    assertThat(copies(List.of(" "), List.of(STUDY))).containsOnlyNulls();
  }

  private static double similarity(String child, String parent) {
    return DETECTION.similarity(item(child, null), item(parent, null));
  }

  private static CopyDetection.Match[] copies(List<String> children, List<String> parents) {
    return DETECTION.copies(children.stream().map(c -> item(c, null)).toList(), parents.stream().map(p -> item(p, null)).toList());
  }

  static ProgrammeItem item(String content, String output) {
    return new ProgrammeItem(content, "Văn phòng", List.of(), null, null, null, null, output, null);
  }
}
