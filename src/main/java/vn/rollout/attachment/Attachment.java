package vn.rollout.attachment;

import java.time.LocalDateTime;

/** A stored file as it is listed: never its bytes. {@code url} downloads it. */
public record Attachment(long id, String fileName, String mediaType, long size, String sizeText, String uploadedBy,
    LocalDateTime uploadedAt, String url) {

  /** "biên-bản.pdf (1,2 MB, haichau.vanphong, 02/05/2028 09:15)": a line of a task form. */
  public String line() {
    return "[" + fileName + "](" + url + ") — " + sizeText + ", " + (uploadedBy == null ? "" : uploadedBy + ", ")
        + uploadedAt.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
  }
}
