package vn.rollout.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A Word document as a download: its type, {@code attachment} with the file's name, never sniffed. */
public final class DocxResponse {

  public static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private DocxResponse() {}

  public static ResponseEntity<byte[]> of(byte[] document, String fileName) {
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(document);
  }
}
