package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rollout.shared.Problem;

class CsvFileTest {

  static final List<String> HEADER = List.of("code", "name", "committee_code");

  final List<Problem> problems = new ArrayList<>();

  @Test
  void shouldNumberRowsByTheLineTheyStartOn() {
    String text = "code,name,committee_code\n"
        + "\n"
        + "so-a,\"Sở A,\nhai dòng\",dn\n"
        + "so-b,Sở B,dn\n";

    var rows = CsvFile.read("units.csv", utf8(text), HEADER, problems).orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(rows).extracting(CsvFile.Row::line).containsExactly(3, 5);
    assertThat(rows.get(0).get(1)).isEqualTo("Sở A,\nhai dòng");
  }

  @Test
  void shouldTrimFieldsAndAcceptAByteOrderMarkAndWindowsLineEnds() {
    var rows = CsvFile.read("units.csv", utf8("\uFEFFcode, name ,committee_code\r\n so-a , Sở A ,dn\r\n"), HEADER, problems)
        .orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(rows.get(0).values()).containsExactly("so-a", "Sở A", "dn");
  }

  @Test
  void shouldStoreNamesInNfc() {
    String decomposed = "So\u031b\u0309 A"; // "Sở A" typed with combining marks

    var rows = CsvFile.read("units.csv", utf8("code,name,committee_code\nso-a," + decomposed + ",dn\n"), HEADER, problems)
        .orElseThrow();

    assertThat(rows.get(0).get(1)).isEqualTo("Sở A").hasSize(4);
  }

  @Test
  void shouldRejectBytesThatAreNotUtf8AndNameTheirLine() {
    byte[] latin1 = "code,name,committee_code\nso-a,Sở A,dn\nso-b,Sở Tân Phú,dn\n".replace("Sở Tân Phú", "So Tân Phú")
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(CsvFile.read("units.csv", latin1, HEADER, problems)).isEmpty();

    assertThat(problems).containsExactly(new Problem("units.csv", 3, null,
        "not UTF-8: save the file as UTF-8 (byte " + (indexOf(latin1, (byte) 0xE2) + 1) + " is not)"));
  }

  @Test
  void shouldRejectAWrongHeader() {
    assertThat(CsvFile.read("units.csv", utf8("code,name,committee\nso-a,Sở A,dn\n"), HEADER, problems)).isEmpty();

    assertThat(problems).containsExactly(
        new Problem("units.csv", 1, null, "the header must be exactly: code,name,committee_code"));
  }

  @Test
  void shouldRejectAnEmptyFile() {
    assertThat(CsvFile.read("units.csv", new byte[0], HEADER, problems)).isEmpty();

    assertThat(problems).extracting(Problem::line, Problem::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "the file is empty; the header must be exactly: code,name,committee_code"));
  }

  @Test
  void shouldReportARowWithTheWrongNumberOfFieldsAndKeepTheOthers() {
    var rows = CsvFile.read("units.csv", utf8("code,name,committee_code\nso-a,Sở A\nso-b,Sở B,dn\n"), HEADER, problems)
        .orElseThrow();

    assertThat(rows).extracting(CsvFile.Row::line).containsExactly(3);
    assertThat(problems).containsExactly(
        new Problem("units.csv", 2, null, "expected 3 fields (code,name,committee_code), found 2"));
  }

  @Test
  void shouldRejectAnUnterminatedQuote() {
    assertThat(CsvFile.read("units.csv", utf8("code,name,committee_code\nso-a,\"Sở A,dn\n"), HEADER, problems)).isEmpty();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("units.csv");
      assertThat(problem.reason()).startsWith("not a well-formed CSV file");
    });
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
