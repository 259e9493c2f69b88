package vn.rollout.dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/committees/{committee}/reports/{MID_TERM|FINAL}.docx?resolution=…}: the review report as Word. */
@RestController
class ReviewReportController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReviewReports reports;

  ReviewReportController(ReviewReports reports) {
    this.reports = reports;
  }

  @GetMapping("/api/committees/{committee}/reports/{kind}.docx")
  ResponseEntity<byte[]> report(@PathVariable String committee, @PathVariable String kind, @RequestParam long resolution) {
    byte[] document = reports.document(committee, kind, resolution);
    String name = "bao-cao-" + (kind.equals("FINAL") ? "tong-ket" : "so-ket") + "-" + committee + ".docx";
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(document);
  }
}
