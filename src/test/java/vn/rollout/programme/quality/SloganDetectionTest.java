package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SloganDetectionTest {

  static final SloganDetection DETECTION = new SloganDetection(Lexicon.load(ProgrammeCheckProperties.defaults().lexicon()));

  @Test
  void shouldCallSloganWordingWithAnOutputThatCannotBeMeasuredASlogan() {
    assertThat(slogan("Tăng cường công tác kiểm tra, giám sát", "Công tác kiểm tra, giám sát được tăng cường", ""))
        .extracting(SloganDetection.Slogan::wording).isEqualTo(List.of("tăng cường"));
    assertThat(slogan("Tiếp tục đẩy mạnh, nâng cao chất lượng sinh hoạt chi bộ", "Chất lượng được nâng lên", null))
        .extracting(SloganDetection.Slogan::wording).isEqualTo(List.of("tiếp tục", "đẩy mạnh", "nâng cao"));
  }

  @Test
  void shouldCallSloganWordingWithoutAnyOutputASlogan() {
    assertThat(slogan("Đẩy mạnh chuyển đổi số", "", "").reason()).isEqualTo(SloganDetection.Reason.NO_OUTPUT);
    assertThat(slogan("Đẩy mạnh chuyển đổi số", null, null).wording()).containsExactly("đẩy mạnh");
  }

  @Test
  void shouldFindSloganWordingPastedAsNfdOrTypedWithoutDiacritics() {
    assertThat(slogan(Normalizer.normalize("Chú trọng phát triển đảng viên", Normalizer.Form.NFD), "Được chú trọng", null).wording())
        .containsExactly("chú trọng");
    assertThat(slogan("Tang cuong cong tac dan van", "Cong tac dan van chuyen bien", null).wording()).containsExactly("tang cuong");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Tăng cường kiểm tra: kiểm tra 14 chi bộ mỗi năm | 14 kết luận kiểm tra/năm                       | -
      Đẩy mạnh tuyên truyền Nghị quyết                | Báo cáo kết quả tuyên truyền hằng quý          | -
      Đẩy mạnh chuyển đổi số                          | Cơ sở dữ liệu đảng viên kết nối Trung ương     | -
      Tăng cường phòng, chống tham nhũng              | Quyết định ban hành quy chế phối hợp           | -
      Phát huy vai trò của Mặt trận                   | Mười hai khu dân cư tổ chức ngày hội           | -
      Nâng cao chất lượng dịch vụ công                | Tỷ lệ hài lòng trên 90%                        | -
      Tích cực sơ kết nhiệm kỳ                        | Hoàn thành trước ngày 20/4/2028                | -
      Tích cực sơ kết nhiệm kỳ                        | Hoàn thành trước 20/4/2028                     | -
      Tích cực sơ kết nhiệm kỳ                        | Báo cáo Ban Thường vụ trong quý II/2028        | -
      Quan tâm chăm lo đời sống nhân dân              | Đời sống được cải thiện                        | thu nhập bình quân 80 triệu đồng/người/năm
      Day manh tuyen truyen                           | Bao cao ket qua hang quy                       | -
      Đẩy mạnh cải cách hành chính                    | Số vụ khiếu nại giảm 30% so với năm 2025       | -
      Nâng cao chất lượng sinh hoạt chi bộ            | 100% chi bộ sinh hoạt chuyên đề mỗi quý        | 100%
      Tăng cường công tác tuyên truyền                | 100% cán bộ, đảng viên được học tập Nghị quyết | -
      Đẩy mạnh học tập Nghị quyết                     | Kết nạp 40 đảng viên mới, góp phần nâng cao năng lực lãnh đạo | -
      Đẩy mạnh chuyển đổi số                          | Ban hành kế hoạch chuyển đổi số của Đảng bộ    | -
      Tăng cường lãnh đạo chỉnh trang đô thị          | Nghị quyết chuyên đề được Ban Chấp hành thông qua | -
      Đẩy mạnh xây dựng nông thôn mới nâng cao        | 3 thôn đạt chuẩn nông thôn mới nâng cao        | -
      Tăng cường kiểm tra, giám sát                   | Kiểm tra 14 chi bộ, bảo đảm hiệu quả           | -
      Tăng cường kiểm tra, giám sát                   | Kiểm tra 14 chi bộ theo kế hoạch               | -
      Nâng cao chất lượng đội ngũ cán bộ              | Bồi dưỡng 60 cán bộ về nâng cao năng lực số    | -
      Tăng cường sinh hoạt chuyên đề                  | Hằng năm 100% chi bộ có nghị quyết chuyên đề   | -
      Tăng cường kiểm tra, giám sát                   | Kiểm tra mỗi năm 2 lần, có kết luận            | -
      Tích cực sơ kết nhiệm kỳ                        | Hoàn thành ngày 20 tháng 4 năm 2028            | -
      """)
  void shouldNotCallSloganWordingWithAMeasurableOutputASlogan(String content, String output, String target) {
    assertThat(slogan(content, output, target)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Đẩy mạnh phong trào Dân vận khéo         | Mỗi chi bộ xây dựng một mô hình Dân vận khéo
      Tăng cường kiểm tra, giám sát            | Kiểm tra năm chi bộ về việc chấp hành Điều lệ Đảng
      Nâng cao chất lượng đội ngũ bí thư       | Hai mươi bí thư chi bộ được bồi dưỡng nghiệp vụ
      Tích cực vận động hiến đất làm đường     | Ba tuyến đường thôn được mở rộng, bê tông hóa
      Phát huy vai trò của Tổ hòa giải         | Hòa giải thành năm mươi vụ việc
      Chú trọng bồi dưỡng quần chúng ưu tú     | Giới thiệu mười hai quần chúng ưu tú để kết nạp
      """)
  void shouldReadNumberWordsBeforeWhatTheyCountAsCounts(String content, String output) {
    assertThat(slogan(content, output, null)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Nâng cao chất lượng hoạt động chi bộ     | Chi bộ hoạt động tốt hằng năm
      Tăng cường phòng cháy rừng               | Công tác phòng cháy được tăng cường trong năm 2026
      Tích cực thực hiện Nghị quyết            | Hoàn thành trong giai đoạn 2026 – 2030
      Quan tâm phát triển đảng viên            | Một số đoàn viên ưu tú được giới thiệu kết nạp
      Đẩy mạnh phong trào thi đua              | Phong trào được đẩy mạnh trong năm nay và những năm tiếp theo
      """)
  void shouldNotReadAYearOrSomeAsACount(String content, String output) {
    assertThat(slogan(content, output, null)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Tăng cường tuyên truyền, nâng cao nhận thức | 100% đảng viên nâng cao nhận thức            | 100%       | 100% đảng viên
      Đẩy mạnh học tập và làm theo Bác           | Trên 90% cán bộ, đảng viên có chuyển biến tích cực | trên 90% | 90% cán bộ
      Nâng cao chất lượng sinh hoạt chi bộ       | 100% chi bộ sinh hoạt nền nếp, hoạt động hiệu quả | 100% chi bộ | 100% chi bộ
      Tiếp tục đổi mới công tác dân vận          | Hiệu quả công tác dân vận được nâng lên 100% | -          | 100%
      Nâng cao chất lượng giáo dục               | 95% học sinh tích cực, chủ động trong học tập | 95%       | -
      Nâng cao nhận thức về bảo vệ rừng          | Nâng cao nhận thức cho 100% đảng viên        | -          | 100% đảng viên
      Tăng cường tuyên truyền bảo vệ rừng        | Cán bộ, đảng viên và 90% người dân nâng cao ý thức bảo vệ rừng | - | 90% người dân
      """)
  void shouldCallAFigureOfAStateThatCannotBeCheckedASlogan(String content, String output, String target, String figure) {
    SloganDetection.Slogan slogan = slogan(content, output, target);

    assertThat(slogan).isNotNull();
    if (figure != null) {
      assertThat(slogan.reason()).isEqualTo(SloganDetection.Reason.FIGURE_OF_A_STATE);
      assertThat(slogan.figure()).isEqualTo(figure);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Quán triệt Nghị quyết Đại hội                | Nghị quyết được quán triệt sâu rộng       | nghị quyết
      Triển khai Đề án phường văn minh             | Thực hiện theo kế hoạch                   | kế hoạch
      Thực hiện nghiêm Quy định nêu gương          | Kế hoạch thực hiện được triển khai đồng bộ, hiệu quả | kế hoạch
      Tổ chức phong trào Dân vận khéo              | Phát huy hai mặt tích cực của phong trào   | -
      Củng cố tổ chức cơ sở đảng                   | Tổ chức cơ sở đảng được củng cố vững chắc | -
      Chuyển đổi số trong cơ quan đảng             | Công tác chuyển đổi số có chuyển biến     | -
      Đẩy mạnh chuyển đổi số                       | Chuyển đổi số được triển khai theo đúng lộ trình kế hoạch | kế hoạch
      Phấn đấu hoàn thành các chỉ tiêu Nghị quyết  | Hoàn thành 100% chỉ tiêu được giao         | -
      """, nullValues = "-")
  void shouldCallAnOutputThatOnlyRestatesTheTaskASloganEvenWithoutSloganWordingInTheContent(String content, String output,
      String reference) {
    SloganDetection.Slogan slogan = slogan(content, output, null);

    assertThat(slogan).isNotNull();
    assertThat(slogan.reference()).isEqualTo(reference);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Tăng cường công tác tuyên truyền   | Đạt 100%          | 100%
      Đẩy mạnh cải cách hành chính       | Hoàn thành 100%   | 100%
      Nâng cao chất lượng phục vụ        | Trên 95%          | 95%
      """)
  void shouldCallAFigureOfNothingNamedASlogan(String content, String output, String figure) {
    SloganDetection.Slogan slogan = slogan(content, output, null);

    assertThat(slogan.reason()).isEqualTo(SloganDetection.Reason.FIGURE_OF_NOTHING);
    assertThat(slogan.figure()).isEqualTo(figure);
  }

  @Test
  void shouldNotCallAnOutputThatCannotBeCountedASloganWithoutSloganOrStateWords() {
    assertThat(slogan("Số hóa văn bản đi, đến của Đảng ủy xã", "Văn bản đi, đến từ năm 2026 được số hóa và ký số", null)).isNull();
  }

  @Test
  void shouldMatchWholeWordsOnly() {
    // "cao" alone, "tăng" alone, or "cường" in a name are not slogan wording
    assertThat(slogan("Xây dựng nhà văn hóa cao tầng, tăng diện tích Cường Thịnh", "Nhà văn hóa được xây dựng", null)).isNull();
  }

  private static SloganDetection.Slogan slogan(String content, String output, String target) {
    return DETECTION.judge(new ProgrammeItem(content, "Văn phòng", List.of(), null, null, null, null, output, target));
  }
}
