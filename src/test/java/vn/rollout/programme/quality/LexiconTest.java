package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class LexiconTest {

  @Test
  void shouldReadTheShippedLexicon() {
    Lexicon lexicon = Lexicon.load(ProgrammeCheckProperties.defaults().lexicon());

    assertThat(lexicon.get(Lexicon.Section.SLOGAN).entries())
        .contains("nâng cao", "đẩy mạnh", "tích cực", "tăng cường", "chú trọng", "phát huy", "quan tâm", "tiếp tục");
    assertThat(lexicon.get(Lexicon.Section.PRODUCT).entries()).startsWith("báo cáo", "cơ sở dữ liệu", "hội nghị", "quyết định");
    assertThat(lexicon.get(Lexicon.Section.LEVEL).entries())
        .contains("thành phố", "tỉnh", "phường", "xã", "huyện", "thành ủy", "tỉnh ủy", "đảng ủy", "huyện ủy");
    assertThat(lexicon.get(Lexicon.Section.FILLER).entries()).contains("trên địa bàn");
  }

  @Test
  void shouldShipEverySectionWithWords() {
    Lexicon lexicon = Lexicon.load(ProgrammeCheckProperties.defaults().lexicon());

    for (Lexicon.Section section : Lexicon.Section.values()) {
      assertThat(lexicon.get(section).entries()).as(section.title()).isNotEmpty()
          .allSatisfy(entry -> assertThat(Normalizer.isNormalized(entry, Normalizer.Form.NFC)).isTrue());
    }
    assertThat(lexicon.get(Lexicon.Section.NOT_COUNTED).entries()).contains("số", "mặt", "kế hoạch");
    assertThat(lexicon.get(Lexicon.Section.COUNT).entries()).contains("một", "hai", "năm");
  }

  @Test
  void shouldReadAFileSavedWithAByteOrderMarkAndWordsInNfd() throws IOException {
    String text = "\uFEFF# ghi chú\n[slogan]\n" + Normalizer.normalize("thực hiện tốt", Normalizer.Form.NFD) + "\n\n[product]\nbáo cáo\n";

    Lexicon lexicon = Lexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");

    assertThat(lexicon.get(Lexicon.Section.SLOGAN).entries()).containsExactly("thực hiện tốt");
    assertThat(lexicon.get(Lexicon.Section.COUNT).entries()).isEmpty();
  }

  @Test
  void shouldRefuseAnUnknownSectionNamingTheLine() {
    String text = "[slogan]\nnâng cao\n[khẩu hiệu]\nđẩy mạnh\n";

    assertThatThrownBy(() -> Lexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "lexicon.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lexicon.txt line 3");
  }

  @Test
  void shouldUseAnEditedLexiconFromAnExternalFile(@TempDir Path folder) throws IOException {
    Path edited = folder.resolve("lexicon.txt");
    String shipped = new String(ProgrammeCheckProperties.defaults().lexicon().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Files.writeString(edited, shipped.replace("[slogan]\n", "[slogan]\nthực hiện tốt\n"), StandardCharsets.UTF_8);
    var item = new ProgrammeItem("Thực hiện tốt công tác cải cách hành chính", "Văn phòng", List.of(), 0L, "2 công chức", null,
        LocalDate.of(2027, 12, 31), "Thủ tục hành chính được rà soát, đơn giản hóa", null);

    var shippedCheck = new ProgrammeQualityCheck();
    var editedCheck = new ProgrammeQualityCheck(new ProgrammeCheckProperties(0.7, 0.5, 0.8, new FileSystemResource(edited)));

    assertThat(shippedCheck.check(null, List.of(item), List.of()).findings()).isEmpty();
    assertThat(editedCheck.check(null, List.of(item), List.of()).findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.SLOGAN);
  }
}
