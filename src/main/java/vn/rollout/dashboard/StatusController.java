package vn.rollout.dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rollout's status for the secretariat: JSON for the Cockpit dashboard, XLSX for a spreadsheet. */
@RestController
class StatusController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StatusBoard board;
  private final StatusQuery query;
  private final ReviewReportData names;

  StatusController(StatusBoard board, StatusQuery query, ReviewReportData names) {
    this.board = board;
    this.query = query;
    this.names = names;
  }

  private static java.util.function.Function<String, String> cached(java.util.function.Function<String, String> lookup) {
    java.util.Map<String, String> cache = new java.util.HashMap<>();
    return key -> key == null ? "" : cache.computeIfAbsent(key, lookup);
  }

  @GetMapping(path = "/api/resolutions/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
  ResolutionStatus status(@PathVariable long id, @RequestParam(required = false) String committee,
      @RequestParam(required = false) Integer depth) {
    return board.status(id, committee, depth);
  }

  @GetMapping("/api/resolutions/{id}/status.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam(required = false) String committee,
      @RequestParam(required = false) Integer depth) {
    ResolutionStatus status = board.status(id, committee, depth);
    String name = "tinh-hinh-trien-khai-" + status.resolution().id() + "-" + status.committee() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(StatusWorkbook.of(status, query.allItems(id, status.committee(), status.depth(), status.today()),
            cached(names::groupName)));
  }
}
