package vn.rollout.attachment;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a task form says of a subject's files: the files sent so far (each a download link) and how to
 * send more. Camunda 7.24's forms have no file component, so files go through {@code /api}.
 */
@Component
public class AttachmentNotes {

  private final Attachments attachments;
  private final AttachmentProperties limits;

  AttachmentNotes(Attachments attachments, AttachmentProperties limits) {
    this.attachments = attachments;
    this.limits = limits;
  }

  public String forItem(long itemId) {
    return text(attachments.ofItem(itemId), "/api/items/" + itemId + "/attachments", Subject.ITEM,
        "biên bản, ảnh, quyết định làm minh chứng hoàn thành nhiệm vụ");
  }

  public String forDocument(long documentId) {
    return text(attachments.ofDocument(documentId), "/api/documents/" + documentId + "/attachments", Subject.DOCUMENT,
        "bản quét văn bản đã ký, đóng dấu");
  }

  /** Before a document is numbered (the report not sent yet), its scan cannot be sent. */
  public static String documentNotYetNumbered() {
    return "Bản quét báo cáo đã ký, đóng dấu gửi được sau khi báo cáo đã gửi và được cấp số.";
  }

  private String text(List<Attachment> files, String url, Subject subject, String what) {
    String listed = files.isEmpty() ? "Chưa có tệp nào." : files.stream().map(file -> "- " + file.line())
        .collect(Collectors.joining("\n"));
    return listed + "\n\nBiểu mẫu chưa có ô chọn tệp: Văn phòng (hoặc phần mềm quản lý văn bản) gửi " + what
        + " đến địa chỉ " + url + " (gửi tệp, phần \"files\"; " + subject.allowedText() + "; mỗi tệp tối đa "
        + Attachments.sizeText(limits.maxFileSize().toBytes()) + ", tối đa " + limits.maxFiles() + " tệp, tổng "
        + Attachments.sizeText(limits.maxTotalSize().toBytes()) + "). Danh sách tệp hiện có: [xem](" + url + ").";
  }
}
