package vn.rollout.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page set-up and typography Hướng dẫn 36-HD/VPTW prescribes, checked on a document opened with POI:
 * A4, margins 20/20/30/15 mm, page numbers from page 2 centred in the top margin, Times New Roman
 * everywhere, the Party's name bold 15 underlined, the place and date italic 14, the issuer bold 14,
 * "Nơi nhận:" 14 underlined, the recipients 12, the text 14.
 */
public final class PartyDocxAssert {

  private PartyDocxAssert() {}

  public static void assertPartyLayout(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().getSectPr();
    assertThat(new BigInteger(section.getPgSz().getW().toString())).as("A4 width").isEqualTo(BigInteger.valueOf(11906));
    assertThat(new BigInteger(section.getPgSz().getH().toString())).as("A4 height").isEqualTo(BigInteger.valueOf(16838));
    assertThat(new BigInteger(section.getPgMar().getTop().toString())).as("top 20 mm").isEqualTo(BigInteger.valueOf(1134));
    assertThat(new BigInteger(section.getPgMar().getBottom().toString())).as("bottom 20 mm").isEqualTo(BigInteger.valueOf(1134));
    assertThat(new BigInteger(section.getPgMar().getLeft().toString())).as("left 30 mm").isEqualTo(BigInteger.valueOf(1701));
    assertThat(new BigInteger(section.getPgMar().getRight().toString())).as("right 15 mm").isEqualTo(BigInteger.valueOf(850));
    assertThat(section.isSetTitlePg()).as("the first page has a header of its own").isTrue();
    var policy = document.getHeaderFooterPolicy();
    assertThat(policy.getFirstPageHeader().getText()).as("no number on page 1").isBlank();
    var numbers = policy.getDefaultHeader().getParagraphs().get(0);
    assertThat(numbers.getCTP().getFldSimpleList()).as("a PAGE field from page 2")
        .anySatisfy(field -> assertThat(field.getInstr().strip()).isEqualTo("PAGE"));
    assertThat(numbers.getAlignment().name()).isEqualTo("CENTER");
    assertThat(numbers.getCTP().getFldSimpleArray(0).getRArray(0).getRPr().getSzArray(0).getVal().toString()).isEqualTo("28");

    List<XWPFRun> runs = runs(document);
    assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
    XWPFRun party = find(runs, "ĐẢNG CỘNG SẢN VIỆT NAM");
    assertThat(party.isBold()).isTrue();
    assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
    assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    XWPFRun date = runs.stream().filter(run -> run.text().matches(".+, ngày \\d{2} tháng \\d{1,2} năm \\d{4}")).findFirst().orElseThrow();
    assertThat(date.isItalic()).isTrue();
    assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
    XWPFRun number = runs.stream().filter(run -> run.text().startsWith("Số ")).findFirst().orElseThrow();
    assertThat(number.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(number.isBold()).isFalse();
    XWPFRun recipients = find(runs, "Nơi nhận:");
    assertThat(recipients.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    assertThat(recipients.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(runs.stream().filter(run -> run.text().startsWith("- Lưu")).findFirst().orElseThrow().getFontSizeAsDouble())
        .isEqualTo(12.0);
    XWPFRun signer = runs.stream().filter(run -> run.text().equals("BÍ THƯ") || run.text().equals("CHỦ NHIỆM")).findFirst()
        .orElseThrow(() -> new AssertionError("no signer's office"));
    assertThat(signer.isBold()).isTrue();
    assertThat(signer.getFontSizeAsDouble()).isEqualTo(14.0);
    assertThat(runs.stream().filter(run -> run.text().startsWith("T/M ")).findFirst().orElseThrow().isBold()).isTrue();
  }

  /** The heading's left column, top to bottom: the superior (upright), the issuer (bold), the star, the number. */
  public static List<String> issuerLines(XWPFDocument document) {
    XWPFTable heading = document.getTables().get(0);
    return heading.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  public static XWPFRun find(List<XWPFRun> runs, String text) {
    return runs.stream().filter(run -> run.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
  }

  public static List<XWPFRun> runs(XWPFDocument document) {
    List<XWPFRun> runs = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        runs.addAll(paragraph.getRuns());
      } else if (element instanceof XWPFTable table) {
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
            .forEach(paragraph -> runs.addAll(paragraph.getRuns()))));
      }
    }
    return runs;
  }

}
