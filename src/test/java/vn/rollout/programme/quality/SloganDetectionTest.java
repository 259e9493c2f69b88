package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SloganDetectionTest {

  static final SloganDetection DETECTION = new SloganDetection(Lexicon.load(ProgrammeCheckProperties.defaults().lexicon()));

  @Test
  void shouldCallSloganWordingWithAnOutputThatCannotBeMeasuredASlogan() {
    assertThat(slogan("Tăng cường công tác kiểm tra, giám sát", "Công tác kiểm tra, giám sát được tăng cường", ""))
        .containsExactly("tăng cường");
    assertThat(slogan("Tiếp tục đẩy mạnh, nâng cao chất lượng sinh hoạt chi bộ", "Chất lượng được nâng lên", null))
        .containsExactly("tiếp tục", "đẩy mạnh", "nâng cao");
  }

  @Test
  void shouldCallSloganWordingWithoutAnyOutputASlogan() {
    assertThat(slogan("Đẩy mạnh chuyển đổi số", "", "")).containsExactly("đẩy mạnh");
    assertThat(slogan("Đẩy mạnh chuyển đổi số", null, null)).containsExactly("đẩy mạnh");
  }

  @Test
  void shouldFindSloganWordingPastedAsNfdOrTypedWithoutDiacritics() {
    assertThat(slogan(Normalizer.normalize("Chú trọng phát triển đảng viên", Normalizer.Form.NFD), "Được chú trọng", null))
        .containsExactly("chú trọng");
    assertThat(slogan("Tang cuong cong tac dan van", "Cong tac dan van chuyen bien", null)).containsExactly("tang cuong");
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
      Quan tâm chăm lo đời sống nhân dân              | Đời sống được cải thiện                        | thu nhập bình quân 80 triệu đồng/người/năm
      Day manh tuyen truyen                           | Bao cao ket qua hang quy                       | -
      """)
  void shouldNotCallSloganWordingWithAMeasurableOutputASlogan(String content, String output, String target) {
    assertThat(slogan(content, output, target)).isEmpty();
  }

  @Test
  void shouldNotCallAVagueOutputASloganWithoutSloganWording() {
    assertThat(slogan("Chuyển đổi số trong cơ quan đảng", "Công tác chuyển đổi số có chuyển biến", null)).isEmpty();
  }

  @Test
  void shouldMatchWholeWordsOnly() {
    // "cao" alone, "tăng" alone, or "cường" in a name are not slogan wording
    assertThat(slogan("Xây dựng nhà văn hóa cao tầng, tăng diện tích Cường Thịnh", "Nhà văn hóa được xây dựng", null)).isEmpty();
  }

  private static List<String> slogan(String content, String output, String target) {
    return DETECTION.sloganWords(new ProgrammeItem(content, "Văn phòng", List.of(), null, null, null, null, output, target));
  }
}
