package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void shouldReadTextPastedFromWordInNfdLikeNfc() {
    String nfc = "Tăng cường kiểm tra, giám sát";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(lower(VietnameseText.tokens(nfd))).isEqualTo(lower(VietnameseText.tokens(nfc)))
        .containsExactly("tăng", "cường", "kiểm", "tra", "giám", "sát");
  }

  @Test
  void shouldFoldDiacriticsSoThatTextTypedWithoutThemCompares() {
    VietnameseText.Tokens accented = VietnameseText.tokens("Đẩy mạnh chuyển đổi số");
    VietnameseText.Tokens plain = VietnameseText.tokens("Day manh chuyen doi so");

    assertThat(folded(accented)).isEqualTo(folded(plain)).containsExactly("day", "manh", "chuyen", "doi", "so");
    assertThat(accented.accented()).isTrue();
    assertThat(plain.accented()).isFalse();
  }

  @Test
  void shouldReadFiguresAsVietnameseWritesThem() {
    assertThat(VietnameseText.numbers("1.250")).containsExactly("1250");
    assertThat(VietnameseText.numbers("12.000.000.000")).containsExactly("12000000000");
    assertThat(VietnameseText.numbers("0,5")).containsExactly("0.5");
    assertThat(VietnameseText.numbers("1.250,50")).containsExactly("1250.5");
    assertThat(VietnameseText.numbers("03")).containsExactly("3");
    assertThat(VietnameseText.numbers("20.4.2028")).containsExactly("20", "4", "2028");
  }

  @Test
  void shouldTellNamesFromWordsThatOpenAClause() {
    List<VietnameseText.Token> tokens = VietnameseText.tokens("Chỉnh trang kiệt ở Bình Hiên; Lắp camera").list();

    assertThat(tokens).filteredOn(VietnameseText.Token::name).extracting(VietnameseText.Token::lower)
        .containsExactly("bình", "hiên");
  }

  @Test
  void shouldTakeAFigureAndItsPercentSignAsOneFigure() {
    List<VietnameseText.Token> tokens = VietnameseText.tokens("đạt 30% GRDP vào 2030").list();

    assertThat(tokens).filteredOn(VietnameseText.Token::number).extracting(VietnameseText.Token::lower)
        .containsExactly("30", "2030");
  }

  private static List<String> lower(VietnameseText.Tokens tokens) {
    return tokens.list().stream().map(VietnameseText.Token::lower).toList();
  }

  private static List<String> folded(VietnameseText.Tokens tokens) {
    return tokens.list().stream().map(VietnameseText.Token::folded).toList();
  }
}
