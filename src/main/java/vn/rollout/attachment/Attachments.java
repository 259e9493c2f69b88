package vn.rollout.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * Files attached to a resolution, an item or a document, stored in the database. An upload is checked
 * whole before anything is written (each file's size and type by its bytes, the subject's count and total
 * size), then written in one transaction: a refused upload stores nothing.
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class Attachments {

  /** A file refused for its size or the subject's limits: 413 naming it. */
  static final class TooLarge extends RuntimeException {
    private final String field;

    TooLarge(String field, String message) {
      super(message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /** A file to download: what was stored, under its stored type. */
  record Stored(long id, Subject subject, long subjectId, String fileName, String mediaType, byte[] content) {}

  private final JdbcClient jdbc;
  private final AttachmentProperties limits;

  Attachments(JdbcClient jdbc, AttachmentProperties limits) {
    this.jdbc = jdbc;
    this.limits = limits;
  }

  /** The files of a resolution (its text), listed for the form or the API. */
  public List<Attachment> ofResolution(long resolutionId) {
    return list(Subject.RESOLUTION, resolutionId);
  }

  public List<Attachment> ofItem(long itemId) {
    return list(Subject.ITEM, itemId);
  }

  public List<Attachment> ofDocument(long documentId) {
    return list(Subject.DOCUMENT, documentId);
  }

  List<Attachment> list(Subject subject, long subjectId) {
    return jdbc.sql("""
            SELECT id, file_name, media_type, size_bytes, uploaded_by, uploaded_at FROM attachment
             WHERE subject_kind = :kind AND subject_id = :subject ORDER BY uploaded_at, id""")
        .param("kind", subject.name())
        .param("subject", subjectId)
        .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), sizeText(rs.getLong(4)),
            rs.getString(5), rs.getTimestamp(6).toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime(),
            "/api/attachments/" + rs.getLong(1)))
        .list();
  }

  Optional<Stored> find(long attachmentId) {
    return jdbc.sql("SELECT id, subject_kind, subject_id, file_name, media_type, content FROM attachment WHERE id = :id")
        .param("id", attachmentId)
        .query((rs, n) -> new Stored(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
            rs.getString(5), rs.getBytes(6)))
        .optional();
  }

  /**
   * Checks every file, then stores them all, or none.
   *
   * @param lockSql a statement that locks the subject's row ({@code SELECT … FOR UPDATE}), so that two uploads
   *     to one subject do not both pass its limits
   * @throws InvalidInputException (400) naming the file: empty, or not of a type the subject allows
   * @throws TooLarge (413) naming the file: above the size of a file, or past the subject's count or total
   */
  @Transactional
  List<Attachment> upload(Subject subject, long subjectId, String lockSql, List<MultipartFile> files, String by) {
    if (files == null || files.isEmpty()) {
      throw new InvalidInputException("files", "Chưa chọn tệp nào để gửi.");
    }
    jdbc.sql(lockSql).param("id", subjectId).query().listOfRows();
    long[] stored = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM attachment WHERE subject_kind = :kind AND subject_id = :subject")
        .param("kind", subject.name())
        .param("subject", subjectId)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
    long count = stored[0];
    long total = stored[1];
    record Checked(String name, FileType type, byte[] bytes) {}
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      MultipartFile file = files.get(i);
      String field = "files[" + i + "]";
      String name = safeName(file.getOriginalFilename());
      if (file.getSize() > limits.maxFileSize().toBytes()) {
        throw new TooLarge(field, "Tệp \"" + name + "\" (" + sizeText(file.getSize()) + ") lớn hơn mức cho phép "
            + sizeText(limits.maxFileSize().toBytes()) + " một tệp.");
      }
      byte[] bytes;
      try {
        bytes = file.getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (bytes.length == 0) {
        throw new InvalidInputException(field, "Tệp \"" + name + "\" rỗng.");
      }
      Optional<FileType> type = FileType.detect(bytes);
      if (type.isEmpty() || !subject.allowed().contains(type.get())) {
        throw new InvalidInputException(field, "Tệp \"" + name + "\" không phải loại được nhận cho " + subject.label() + " ("
            + subject.allowedText() + "); loại tệp được xác định theo nội dung, không theo tên.");
      }
      count++;
      total += bytes.length;
      if (count > limits.maxFiles()) {
        throw new TooLarge(field, "Tệp \"" + name + "\": mỗi " + subject.label() + " nhận tối đa " + limits.maxFiles() + " tệp.");
      }
      if (total > limits.maxTotalSize().toBytes()) {
        throw new TooLarge(field, "Tệp \"" + name + "\": tổng dung lượng tệp của một " + subject.label() + " không quá "
            + sizeText(limits.maxTotalSize().toBytes()) + ".");
      }
      checked.add(new Checked(withExtension(name, type.get()), type.get(), bytes));
    }
    Timestamp now = Timestamp.from(EngineTime.now());
    for (Checked file : checked) {
      jdbc.sql("""
              INSERT INTO attachment (subject_kind, subject_id, file_name, media_type, size_bytes, sha256, content,
                                      uploaded_by, uploaded_at)
              VALUES (:kind, :subject, :name, :type, :size, :sha, :content, :by, :at)""")
          .param("kind", subject.name())
          .param("subject", subjectId)
          .param("name", file.name())
          .param("type", file.type().mediaType())
          .param("size", (long) file.bytes().length)
          .param("sha", sha256(file.bytes()))
          .param("content", file.bytes())
          .param("by", by)
          .param("at", now)
          .update();
    }
    return list(subject, subjectId);
  }

  /** The name as sent, without a path, control characters or markup, in NFC, at most 200 characters. */
  static String safeName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>\"]", "").replaceAll("\\s+", " ").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "tep-dinh-kem";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  /** The stored name ends with the extension of the type its bytes have: "scan.html" that is a PDF is "scan.html.pdf". */
  static String withExtension(String name, FileType type) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean matches = lower.endsWith("." + type.extension()) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
    return matches ? name : name + "." + type.extension();
  }

  static String sizeText(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.forLanguageTag("vi"), "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
