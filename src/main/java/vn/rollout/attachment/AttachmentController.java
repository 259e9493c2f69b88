package vn.rollout.attachment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.rollout.shared.NotFoundException;
import vn.rollout.web.ApiError;

/**
 * Files through {@code /api}: {@code POST} (multipart, one or more parts named {@code files}) and {@code GET}
 * on {@code /api/resolutions/{id}/attachments} (the resolution's text), {@code /api/items/{id}/attachments}
 * (evidence of an item's completion) and {@code /api/documents/{id}/attachments} (the signed scan of a
 * numbered document); {@code GET /api/attachments/{id}} downloads one, as an attachment under its stored type,
 * for whoever may see what it is attached to ({@link AttachmentAccess}).
 */
@RestController
class AttachmentController {

  private final Attachments attachments;
  private final AttachmentAccess access;
  private final IdentityService identity;

  AttachmentController(Attachments attachments, AttachmentAccess access, IdentityService identity) {
    this.attachments = attachments;
    this.access = access;
    this.identity = identity;
  }

  @GetMapping("/api/resolutions/{id}/attachments")
  List<Attachment> resolution(@PathVariable long id) {
    access.read(Subject.RESOLUTION, id);
    return attachments.list(Subject.RESOLUTION, id);
  }

  @PostMapping(path = "/api/resolutions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<Attachment>> uploadToResolution(@PathVariable long id, @RequestParam("files") List<MultipartFile> files) {
    return upload(Subject.RESOLUTION, id, files);
  }

  @GetMapping("/api/items/{id}/attachments")
  List<Attachment> item(@PathVariable long id) {
    access.read(Subject.ITEM, id);
    return attachments.list(Subject.ITEM, id);
  }

  @PostMapping(path = "/api/items/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<Attachment>> uploadToItem(@PathVariable long id, @RequestParam("files") List<MultipartFile> files) {
    return upload(Subject.ITEM, id, files);
  }

  @GetMapping("/api/documents/{id}/attachments")
  List<Attachment> document(@PathVariable long id) {
    access.read(Subject.DOCUMENT, id);
    return attachments.list(Subject.DOCUMENT, id);
  }

  @PostMapping(path = "/api/documents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<Attachment>> uploadToDocument(@PathVariable long id, @RequestParam("files") List<MultipartFile> files) {
    return upload(Subject.DOCUMENT, id, files);
  }

  /**
   * The policy of a download: nothing runs, nothing loads, and a browser that shows it anyway shows it
   * sandboxed. It replaces the one every {@code /api} answer carries (WebSecurityConfiguration), so that
   * there is one policy, not two.
   */
  static final String DOWNLOAD_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id, HttpServletResponse response) {
    Attachments.Stored file = attachments.find(id)
        .orElseThrow(() -> new NotFoundException("id", "Không có tệp đính kèm mã số " + id + "."));
    access.read(file.subject(), file.subjectId());
    // the stored type is one of FileType's, read from the bytes; never HTML, never shown inline
    response.setHeader("Content-Security-Policy", DOWNLOAD_POLICY);
    MediaType type = FileType.of(file.mediaType()).map(t -> MediaType.parseMediaType(t.mediaType()))
        .orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }

  private ResponseEntity<List<Attachment>> upload(Subject subject, long id, List<MultipartFile> files) {
    access.write(subject, id);
    var caller = identity.getCurrentAuthentication();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(attachments.upload(subject, id, AttachmentAccess.lockSql(subject), files, caller == null ? null : caller.getUserId()));
  }

  @ExceptionHandler(Attachments.TooLarge.class)
  ResponseEntity<ApiError> tooLarge(Attachments.TooLarge e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of(413, e.getMessage(), e.field()));
  }

}
