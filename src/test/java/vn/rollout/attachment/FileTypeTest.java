package vn.rollout.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The type of a file is read from its bytes: signatures, and for Office files the ZIP's declared main part. */
class FileTypeTest {

  @Test
  void shouldKnowEachAllowedTypeByItsBytes() throws Exception {
    assertThat(FileType.detect("%PDF-1.4 …".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileType.PNG);
    assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB})).contains(FileType.JPEG);
    try (XWPFDocument word = new XWPFDocument(); XSSFWorkbook excel = new XSSFWorkbook()) {
      excel.createSheet("Trang 1");
      assertThat(FileType.detect(bytes(word))).contains(FileType.DOCX);
      assertThat(FileType.detect(bytes(excel))).contains(FileType.XLSX);
    }
  }

  @Test
  void shouldRefuseMarkupAnyOtherZipAMacroEnabledDocumentAndGarbage() throws Exception {
    assertThat(FileType.detect("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FileType.detect(zip("[Content_Types].xml", "<Types/>"))).as("a ZIP that is no Office file").isEmpty();
    assertThat(FileType.detect(zip("[Content_Types].xml",
        "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>")))
        .as("a .docm").isEmpty();
    assertThat(FileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).as("a broken ZIP").isEmpty();
    assertThat(FileType.detect(new byte[0])).isEmpty();
  }

  @Test
  void shouldKeepTheNameButNeitherPathNorMarkupAndAddTheTrueExtension() {
    assertThat(Attachments.safeName("C:\\\\Users\\\\vp\\\\Biên bản.pdf")).isEqualTo("Biên bản.pdf");
    assertThat(Attachments.safeName("../../etc/<script>x.pdf")).isEqualTo("scriptx.pdf");
    assertThat(Attachments.safeName("  ")).isEqualTo("tep-dinh-kem");
    assertThat(Attachments.withExtension("scan.html", FileType.PDF)).isEqualTo("scan.html.pdf");
    assertThat(Attachments.withExtension("ảnh.JPEG", FileType.JPEG)).isEqualTo("ảnh.JPEG");
  }

  private static byte[] bytes(org.apache.poi.ooxml.POIXMLDocument document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }

  private static byte[] zip(String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
