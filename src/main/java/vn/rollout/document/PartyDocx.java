package vn.rollout.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Party document as Hướng dẫn 36-HD/VPTW (Văn phòng Trung ương Đảng, 03/4/2018, "thể thức và kỹ thuật
 * trình bày văn bản của Đảng") lays it out: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm
 * right; Times New Roman; page numbers in Arabic figures, size 14, upright, centred in the top margin, from
 * page 2 (none on the first page); the issuer's name (its direct superior above it, upright, then its own,
 * bold) over a star and the number top left; "ĐẢNG CỘNG SẢN VIỆT NAM" (bold 15, underlined) over the
 * place and date (italic 14) top right; the type of document in capitals (bold 16) and its summary (bold
 * 14); the text in 14, justified; "Nơi nhận:" (14, underlined) with the recipients in 12; the signer's
 * capacity and office in bold capitals 14. Every document the product writes is built with this class.
 */
public final class PartyDocx {

  public static final String FONT = "Times New Roman";
  public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

  /** A4 in twentieths of a point. */
  public static final int PAGE_WIDTH = 11906;
  public static final int PAGE_HEIGHT = 16838;
  /** 20 mm, 20 mm, 30 mm, 15 mm in twentieths of a point (1 mm = 56.7). */
  public static final int MARGIN_TOP = 1134;
  public static final int MARGIN_BOTTOM = 1134;
  public static final int MARGIN_LEFT = 1701;
  public static final int MARGIN_RIGHT = 850;
  /** The page number sits 10 mm from the top edge, inside the top margin. */
  public static final int HEADER_DISTANCE = 567;

  public static final int SIZE_PARTY = 15;
  public static final int SIZE_ISSUER = 14;
  public static final int SIZE_NUMBER = 14;
  public static final int SIZE_DATE = 14;
  public static final int SIZE_TYPE = 16;
  public static final int SIZE_SUMMARY = 14;
  public static final int SIZE_TEXT = 14;
  public static final int SIZE_PAGE_NUMBER = 14;
  public static final int SIZE_SIGNER = 14;
  public static final int SIZE_RECIPIENTS_LABEL = 14;
  public static final int SIZE_RECIPIENTS = 12;
  public static final int SIZE_TABLE = 12;

  /** The header of the first page: who issues, its number, the place and date. */
  public record Heading(String superior, String issuer, String number, String dateLine, boolean draft) {}

  /** The signature block: "T/M BAN THƯỜNG VỤ", "BÍ THƯ", and who receives the document. */
  public record Signature(String capacity, String office, List<String> recipients) {}

  private final XWPFDocument document = new XWPFDocument();

  public PartyDocx() {
    CTSectPr section = document.getDocument().getBody().isSetSectPr()
        ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    // the first page has a header of its own, empty: numbers start on page 2
    section.addNewTitlePg();
    document.createHeader(HeaderFooterType.FIRST);
    XWPFHeader numbers = document.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph number = numbers.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = number.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    var run = field.addNewR();
    var properties = run.addNewRPr();
    var fonts = properties.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    properties.addNewSz().setVal(BigInteger.valueOf(SIZE_PAGE_NUMBER * 2L));
    run.addNewT().setStringValue("1");
  }

  public XWPFDocument document() {
    return document;
  }

  /** The issuer and its number on the left, the Party's name and the place and date on the right. */
  public void heading(Heading heading) {
    if (heading.draft()) {
      XWPFParagraph draft = paragraph(ParagraphAlignment.RIGHT, 0);
      text(draft, "DỰ THẢO", true, false, SIZE_ISSUER);
    }
    XWPFTable table = borderless(1, 2);
    widths(table, 4855, 4500);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph first = left.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    if (heading.superior() != null) {
      text(first, upper(heading.superior()), false, false, SIZE_ISSUER);
      first = cellParagraph(left);
    }
    text(first, upper(heading.issuer()), true, false, SIZE_ISSUER);
    text(cellParagraph(left), "*", false, false, SIZE_ISSUER);
    text(cellParagraph(left), heading.number(), false, false, SIZE_NUMBER);
    XWPFParagraph party = right.getParagraphs().get(0);
    party.setAlignment(ParagraphAlignment.CENTER);
    text(party, PARTY, true, false, SIZE_PARTY).setUnderline(UnderlinePatterns.SINGLE);
    cellParagraph(right);
    text(cellParagraph(right), heading.dateLine(), false, true, SIZE_DATE);
  }

  /** "BÁO CÁO" and its summary, a line under it. */
  public void title(String type, String... summary) {
    paragraph(ParagraphAlignment.CENTER, 120);
    text(paragraph(ParagraphAlignment.CENTER, 0), upper(type), true, false, SIZE_TYPE);
    for (String line : summary) {
      text(paragraph(ParagraphAlignment.CENTER, 0), line, true, false, SIZE_SUMMARY);
    }
    text(paragraph(ParagraphAlignment.CENTER, 240), "-----", false, false, SIZE_SUMMARY);
  }

  public void section(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
    paragraph.setSpacingBefore(120);
    paragraph.setIndentationFirstLine(567);
    text(paragraph, title, true, false, SIZE_TEXT);
  }

  public void subsection(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
    paragraph.setSpacingBefore(60);
    paragraph.setIndentationFirstLine(567);
    text(paragraph, title, true, false, SIZE_TEXT);
  }

  public void body(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
    paragraph.setIndentationFirstLine(567);
    text(paragraph, text, false, false, SIZE_TEXT);
  }

  /** Text that is not the document's own (the office has not written it yet): italic. */
  public void note(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
    paragraph.setIndentationFirstLine(567);
    text(paragraph, text, false, true, SIZE_TEXT);
  }

  /** Recipients on the left, the signer's capacity and office on the right. */
  public void signature(Signature signature) {
    paragraph(ParagraphAlignment.LEFT, 120);
    XWPFTable table = borderless(1, 2);
    widths(table, 4677, 4678);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph label = left.getParagraphs().get(0);
    text(label, "Nơi nhận:", false, false, SIZE_RECIPIENTS_LABEL).setUnderline(UnderlinePatterns.SINGLE);
    for (String recipient : signature.recipients()) {
      XWPFParagraph line = cellParagraph(left);
      line.setAlignment(ParagraphAlignment.LEFT);
      text(line, recipient, false, false, SIZE_RECIPIENTS);
    }
    XWPFParagraph capacity = right.getParagraphs().get(0);
    capacity.setAlignment(ParagraphAlignment.CENTER);
    text(capacity, upper(signature.capacity()), true, false, SIZE_SIGNER);
    text(cellParagraph(right), upper(signature.office()), true, false, SIZE_SIGNER);
    for (int i = 0; i < 3; i++) {
      cellParagraph(right);
    }
    text(cellParagraph(right), "(Ký, đóng dấu, ghi rõ họ tên)", false, true, SIZE_RECIPIENTS);
  }

  /** A new page, its heading centred and bold (an appendix). */
  public void newPage(String title) {
    XWPFParagraph page = paragraph(ParagraphAlignment.CENTER, 0);
    page.setPageBreak(true);
    text(page, title, true, false, SIZE_TEXT);
  }

  public void centred(String text, boolean bold, boolean italic) {
    text(paragraph(ParagraphAlignment.CENTER, 60), text, bold, italic, SIZE_TEXT);
  }

  /** A ruled table with fixed column widths in twentieths of a point (the text width is 9355). */
  public XWPFTable table(List<String> headers, List<List<String>> rows, int... widths) {
    XWPFTable table = table(headers, rows);
    if (widths.length == headers.size()) {
      widths(table, widths);
      for (int r = 1; r < table.getRows().size(); r++) {
        for (int c = 0; c < widths.length; c++) {
          var cell = table.getRow(r).getCell(c).getCTTc();
          var properties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
          CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
          width.setType(STTblWidth.DXA);
          width.setW(BigInteger.valueOf(widths[c]));
        }
      }
    }
    return table;
  }

  /** A ruled table, its first row the bold header. */
  public XWPFTable table(List<String> headers, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    for (int i = 0; i < headers.size(); i++) {
      XWPFTableCell cell = table.getRow(0).getCell(i);
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      paragraph.setAlignment(ParagraphAlignment.CENTER);
      text(paragraph, headers.get(i), true, false, SIZE_TABLE);
      cell.setColor("F2F2F2");
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        text(table.getRow(r + 1).getCell(c).getParagraphs().get(0), row.get(c) == null ? "" : row.get(c), false, false,
            SIZE_TABLE);
      }
    }
    return table;
  }

  public byte[] write() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); document) {
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- helpers ---

  public XWPFParagraph paragraph(ParagraphAlignment alignment, int spacingAfter) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }

  public static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    return run;
  }

  private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  private XWPFTable borderless(int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.removeBorders();
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    return table;
  }

  /** Fixed column widths, in the grid and on each cell, so that every renderer lays the heading out alike. */
  private static void widths(XWPFTable table, int... twips) {
    var ct = table.getCTTbl();
    var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    var tableProperties = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
    (tableProperties.isSetTblLayout() ? tableProperties.getTblLayout() : tableProperties.addNewTblLayout())
        .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
    for (int i = 0; i < twips.length; i++) {
      var cell = table.getRow(0).getCell(i).getCTTc();
      var properties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
      CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
      width.setType(STTblWidth.DXA);
      width.setW(BigInteger.valueOf(twips[i]));
    }
  }

  public static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }

  /** "02" for the days 1 to 9 and the months 1 and 2 (Hướng dẫn 36): "Đà Nẵng, ngày 02 tháng 5 năm 2028". */
  public static String dateLine(String place, java.time.LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }
}
