package vn.rollout.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * Files attached to a resolution, an item and a numbered document through {@code /api}: stored with name,
 * type, size, who and when; typed by their bytes; limited per file (10 MB) and per subject (20 files,
 * 30 MB); a refused upload stores nothing; downloaded as attachments by those who may see the subject.
 */
class AttachmentsIT extends RolloutTest {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<Map<String, Object>> ERROR = new ParameterizedTypeReference<>() {};
  static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  @Autowired TestRestTemplate http;
  @Autowired DocumentRegister register;
  @LocalServerPort int port;

  String city;
  String ward;
  String otherCity;
  long resolution;
  long item;
  String unitGroup;

  @BeforeEach
  void aWardsItemLedByAUnit() {
    city = city();
    ward = ward(city);
    otherCity = organisation.committee("tu", "Tỉnh ủy Bắc Giang", "TU", null, Organ.values());
    String unit = organisation.unit(ward, "ubnd", "Ủy ban nhân dân phường Hải Châu");
    unitGroup = "unit." + unit;
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO resolution (symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                                    mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff, registered_at)
            VALUES (:symbol, 'Nghị quyết về chuyển đổi số', :city, DATE '2025-10-01', DATE '2030-09-30', DATE '2026-01-31',
                    DATE '2026-03-31', DATE '2028-04-20', DATE '2028-06-10', DATE '2030-08-31', TIMESTAMP '2025-11-03 09:00:00')""")
        .param("symbol", (int) (Math.random() * 90_000 + 10) + "-NQ/TU").param("city", city).update(keys, "id");
    resolution = keys.getKeyAs(Number.class).longValue();
    var programme = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO programme (resolution_id, committee_code, status, symbol) VALUES (:r, :w, 'APPROVED', '01-CTr/ĐU')")
        .param("r", resolution).param("w", ward).update(programme, "id");
    var itemKey = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, deadline, output, status)
            VALUES (:p, 0, 'Lắp đặt 12 camera an ninh', :lead, DATE '2027-12-31', '12 camera hoạt động', 'IN_PROGRESS')""")
        .param("p", programme.getKeyAs(Number.class).longValue()).param("lead", unitGroup).update(itemKey, "id");
    item = itemKey.getKeyAs(Number.class).longValue();
    clockAt(LocalDateTime.of(2027, 6, 1, 9, 0));
  }

  @Test
  void shouldStoreTheLeadsEvidenceAndLetOnlyThoseWhoMaySeeTheItemDownloadIt() {
    String lead = member(unitGroup, "ubnd");
    ResponseEntity<List<Map<String, Object>>> stored = upload(lead, "/api/items/" + item + "/attachments",
        file("Biên bản nghiệm thu.pdf", PDF), file("ảnh-camera.png", PNG));

    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody()).hasSize(2);
    Map<String, Object> minutes = stored.getBody().get(0);
    assertThat(minutes).containsEntry("fileName", "Biên bản nghiệm thu.pdf").containsEntry("mediaType", "application/pdf")
        .containsEntry("size", PDF.length).containsEntry("uploadedBy", lead);
    assertThat((String) minutes.get("uploadedAt")).startsWith("2027-06-01T09:00");
    String url = (String) minutes.get("url");

    ResponseEntity<byte[]> byOffice = download(member(group(ward, Organ.OFFICE), "vp"), url);
    assertThat(byOffice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byOffice.getBody()).isEqualTo(PDF);
    assertThat(byOffice.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(byOffice.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(byOffice.getHeaders().getContentDisposition().getFilename()).isEqualTo("Biên bản nghiệm thu.pdf");
    assertThat(byOffice.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download(lead, url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download(member(group(city, Organ.STANDING_COMMITTEE), "tv"), url).getStatusCode())
        .as("an organ of the committee above").isEqualTo(HttpStatus.OK);
    assertThat(download(member(group(otherCity, Organ.OFFICE), "vp"), url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(member(group(otherCity, Organ.INSPECTION), "kt"), PASSWORD)
        .exchange("/api/items/" + item + "/attachments", HttpMethod.GET, null, ERROR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(uploadError(member(group(otherCity, Organ.OFFICE), "vp2"), "/api/items/" + item + "/attachments",
        file("x.pdf", PDF)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(list(lead, "/api/items/" + item + "/attachments").getBody()).extracting(file -> file.get("fileName"))
        .containsExactly("Biên bản nghiệm thu.pdf", "ảnh-camera.png");
    assertThat(download("admin", "/api/attachments/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldJudgeTheTypeByTheBytesNotTheNameAndStoreNothingOfARefusedUpload() throws Exception {
    String office = member(group(ward, Organ.OFFICE), "vp");
    String path = "/api/items/" + item + "/attachments";
    ResponseEntity<Map<String, Object>> html = uploadError(office, path, file("quyet-dinh.pdf", PDF), file("bien-ban.pdf", HTML));
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(html.getBody()).containsEntry("field", "files[1]");
    assertThat((String) html.getBody().get("message")).startsWith("Tệp \"bien-ban.pdf\" không phải loại được nhận cho nhiệm vụ");
    assertThat(count()).as("the good file before it is not stored either").isZero();

    ResponseEntity<List<Map<String, Object>>> word = upload(office, path, file("anh.png", docx()), file("scan.jpg", JPEG));
    assertThat(word.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(word.getBody().get(0)).as("a Word document named as a picture is a Word document")
        .containsEntry("fileName", "anh.png.docx")
        .containsEntry("mediaType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(word.getBody().get(1)).containsEntry("mediaType", "image/jpeg");

    String text = "/api/resolutions/" + resolution + "/attachments";
    ResponseEntity<Map<String, Object>> picture = uploadError(member(group(city, Organ.OFFICE), "vp"), text, file("nghi-quyet.jpg", JPEG));
    assertThat(picture.getStatusCode()).as("a resolution's text is a PDF or a Word document").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) picture.getBody().get("message")).contains("nghi-quyet.jpg", "PDF, Word (.docx)");
    ResponseEntity<Map<String, Object>> empty = uploadError(office, path, file("rong.pdf", new byte[0]));
    assertThat(empty.getBody()).containsEntry("message", "Tệp \"rong.pdf\" rỗng.");
  }

  @Test
  void shouldNeverServeAnUploadedPageOrDrawingToABrowserAsAnythingButADownload() {
    String office = member(group(ward, Organ.OFFICE), "vp");
    String path = "/api/items/" + item + "/attachments";
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<Map<String, Object>> page = uploadAs(office, path, MediaType.TEXT_HTML, file("trang.html", HTML), ERROR);
    assertThat(page.getStatusCode()).as("a page is no type an office sends").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getBody()).containsEntry("field", "files[0]");
    ResponseEntity<Map<String, Object>> drawing = uploadAs(office, path, MediaType.valueOf("image/svg+xml"), file("so-do.svg", svg), ERROR);
    assertThat(drawing.getStatusCode()).as("nor is a drawing with a script in it").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(drawing.getBody()).containsEntry("field", "files[0]");
    assertThat(count()).isZero();

    // a PDF that is also a page, sent as one: kept as the PDF its bytes say it is, and only ever downloaded
    byte[] polyglot = "%PDF-1.7\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    ResponseEntity<List<Map<String, Object>>> stored = uploadAs(office, path, MediaType.TEXT_HTML, file("trang.html", polyglot), LIST);
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody().get(0)).containsEntry("fileName", "trang.html.pdf").containsEntry("mediaType", "application/pdf");
    ResponseEntity<List<Map<String, Object>>> picture = uploadAs(office, path, MediaType.valueOf("image/svg+xml"), file("anh.svg", PNG), LIST);
    assertThat(picture.getBody()).as("the item's files").hasSize(2);
    assertThat(picture.getBody().get(1)).containsEntry("fileName", "anh.svg.png").containsEntry("mediaType", "image/png");

    for (Map<String, Object> file : picture.getBody()) {
      ResponseEntity<byte[]> answer = download(office, (String) file.get("url"));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getHeaders().getContentType()).hasToString((String) file.get("mediaType"));
      assertThat(answer.getHeaders().getContentDisposition().isAttachment()).isTrue();
      assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo(file.get("fileName"));
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.getHeaders().get("Content-Security-Policy")).as("one policy, that runs nothing and sandboxes")
          .containsExactly("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
    }
  }

  @Test
  void shouldRefuseAnUploadAboveTheRequestLimitWith413AndStoreNothing() throws IOException {
    String office = member(group(ward, Organ.OFFICE), "vp");
    String path = "/api/items/" + item + "/attachments";
    String basic = Base64.getEncoder().encodeToString((office + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
        + "\r\nContent-Type: multipart/form-data; boundary=lon\r\n";
    long aboveTheRequestLimit = 60L * 1024 * 1024 + 1;

    // announced: refused before a byte of the body is read
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write((head + "Content-Length: " + aboveTheRequestLimit + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413");
    }

    // chunked: Spring reads the parts up to its limit (spring.servlet.multipart), then 413 as an ApiError
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] start = "--lon\r\nContent-Disposition: form-data; name=\"files\"; filename=\"ban-quet.pdf\"\r\n\r\n%PDF-1.7\n"
          .getBytes(StandardCharsets.US_ASCII);
      byte[] chunk = new byte[256 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      try {
        writeChunk(out, start);
        for (long sent = 0; sent <= aboveTheRequestLimit; sent += chunk.length) {
          writeChunk(out, chunk);
        }
        writeChunk(out, "\r\n--lon--\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException closedByTheServer) {
        // the server may answer and close before the client has finished
      }
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413");
    }
    assertThat(count()).isZero();
  }

  /** What the server answered on a raw connection: up to the end of its JSON body, or what came before it went quiet. */
  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; (read = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, read);
        String text = answer.toString(StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what arrived is the answer
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void shouldRefuseAFileAboveTheLimitAndAnItemPastItsTotalWith413NamingTheFile() {
    String office = member(group(ward, Organ.OFFICE), "vp");
    String path = "/api/items/" + item + "/attachments";
    ResponseEntity<Map<String, Object>> large = uploadError(office, path, file("ok.pdf", PDF), file("ban-quet-lon.pdf", pdf(11 * 1024 * 1024)));
    assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(large.getBody()).containsEntry("field", "files[1]")
        .containsEntry("message", "Tệp \"ban-quet-lon.pdf\" (11,0 MB) lớn hơn mức cho phép 10,0 MB một tệp.");
    assertThat(count()).isZero();

    byte[] eight = pdf(8 * 1024 * 1024);
    assertThat(upload(office, path, file("1.pdf", eight), file("2.pdf", eight), file("3.pdf", eight)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> total = uploadError(office, path, file("4.pdf", eight));
    assertThat(total.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(total.getBody()).containsEntry("field", "files[0]")
        .containsEntry("message", "Tệp \"4.pdf\": tổng dung lượng tệp của một nhiệm vụ không quá 30,0 MB.");
    assertThat(count()).isEqualTo(3);

    MultiValueMap<String, Object> many = new LinkedMultiValueMap<>();
    for (int i = 0; i < 18; i++) {
      many.add("files", file("so-" + i + ".pdf", PDF));
    }
    ResponseEntity<Map<String, Object>> count = http.withBasicAuth(office, PASSWORD)
        .exchange(path, HttpMethod.POST, multipart(many), ERROR);
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(count.getBody()).containsEntry("field", "files[17]")
        .containsEntry("message", "Tệp \"so-17.pdf\": mỗi nhiệm vụ nhận tối đa 20 tệp.");
    assertThat(count()).isEqualTo(3);
  }

  @Test
  void shouldLetTheIssuingOfficeAttachTheResolutionsTextForEveryoneInItsTreeToRead() {
    String path = "/api/resolutions/" + resolution + "/attachments";
    assertThat(uploadError(member(group(ward, Organ.OFFICE), "vp"), path, file("nq.pdf", PDF)).getStatusCode())
        .as("only the issuing committee's office").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<List<Map<String, Object>>> stored = upload(member(group(city, Organ.OFFICE), "vp"), path,
        file("Nghị quyết 05-NQ-TU.pdf", PDF));
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String url = (String) stored.getBody().get(0).get("url");
    assertThat(download(member(unitGroup, "ubnd"), url).getStatusCode()).as("a unit of a ward in the tree").isEqualTo(HttpStatus.OK);
    assertThat(download(member(group(ward, Organ.PROPAGANDA), "tg"), url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download(member(group(otherCity, Organ.OFFICE), "vp"), url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldKeepTheSignedScanOfANumberedDocumentForTheIssuingOffice() {
    long programme = jdbc.sql("SELECT id FROM programme WHERE resolution_id = :r").param("r", resolution).query(Long.class).single();
    long document = register.issue(DocumentKind.PROGRAMME, programme, ward, "ĐU", LocalDate.of(2026, 3, 20), 1, null, "test").id();
    String office = member(group(ward, Organ.OFFICE), "vp");
    ResponseEntity<List<Map<String, Object>>> scan = upload(office, "/api/documents/" + document + "/attachments",
        file("CTr-01 ban ky.pdf", PDF));
    assertThat(scan.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<List<Map<String, Object>>> documents = http.withBasicAuth(office, PASSWORD)
        .exchange("/api/committees/" + ward + "/documents?resolution=" + resolution, HttpMethod.GET, null, LIST);
    assertThat(documents.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(documents.getBody()).singleElement().satisfies(listed -> {
      assertThat(listed).containsEntry("symbol", "01-CTr/ĐU").containsEntry("kind", "PROGRAMME")
          .containsEntry("documentUrl", "/api/committees/" + ward + "/programme.docx?resolution=" + resolution)
          .containsEntry("attachmentsUrl", "/api/documents/" + document + "/attachments");
      assertThat((List<?>) listed.get("attachments")).hasSize(1);
    });
    String url = (String) scan.getBody().get(0).get("url");
    assertThat(download(member(group(ward, Organ.PROPAGANDA), "tg"), url).getStatusCode())
        .as("the office's document, not the propaganda board's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download(member(group(city, Organ.OFFICE), "vp"), url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth(member(group(otherCity, Organ.OFFICE), "vp"), PASSWORD)
        .exchange("/api/committees/" + ward + "/documents?resolution=" + resolution, HttpMethod.GET, null, ERROR).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers ---

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE subject_kind = 'ITEM' AND subject_id = :id").param("id", item)
        .query(Long.class).single();
  }

  private static byte[] pdf(int size) {
    byte[] bytes = Arrays.copyOf(PDF, size);
    Arrays.fill(bytes, PDF.length, size, (byte) ' ');
    return bytes;
  }

  private static byte[] docx() throws Exception {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Quyết định");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static ByteArrayResource file(String name, byte[] bytes) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static MultiValueMap<String, Object> parts(ByteArrayResource... files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    for (ByteArrayResource file : files) {
      HttpHeaders headers = new HttpHeaders();
      // what the client claims is never believed
      headers.setContentType(MediaType.APPLICATION_PDF);
      parts.add("files", new HttpEntity<>(file, headers));
    }
    return parts;
  }

  private ResponseEntity<List<Map<String, Object>>> upload(String user, String path, ByteArrayResource... files) {
    return http.withBasicAuth(user, password(user)).exchange(path, HttpMethod.POST, multipart(parts(files)), LIST);
  }

  private ResponseEntity<Map<String, Object>> uploadError(String user, String path, ByteArrayResource... files) {
    return http.withBasicAuth(user, password(user)).exchange(path, HttpMethod.POST, multipart(parts(files)), ERROR);
  }

  private <T> ResponseEntity<T> uploadAs(String user, String path, MediaType claimed, ByteArrayResource file,
      ParameterizedTypeReference<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(claimed);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("files", new HttpEntity<>(file, headers));
    return http.withBasicAuth(user, password(user)).exchange(path, HttpMethod.POST, multipart(parts), type);
  }

  private ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
    return http.withBasicAuth(user, password(user)).exchange(path, HttpMethod.GET, null, LIST);
  }

  private ResponseEntity<byte[]> download(String user, String url) {
    return http.withBasicAuth(user, password(user)).getForEntity(url, byte[].class);
  }

  private static String password(String user) {
    return "admin".equals(user) ? TestDatabase.ADMIN_PASSWORD : PASSWORD;
  }

  @Override
  protected String member(String groupId, String name) {
    String userId = name + "." + groupId;
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return userId;
    }
    return super.member(groupId, name);
  }
}
