package vn.rollout.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The types a file may have, read from its bytes and never from its name or the client's Content-Type:
 * PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG (its 8-byte signature), and Word or Excel documents
 * (a ZIP whose {@code [Content_Types].xml} declares the main part of a .docx or .xlsx, without macros).
 */
enum FileType {
  PDF("application/pdf", "pdf", "PDF"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (.docx)"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (.xlsx)"),
  JPEG("image/jpeg", "jpg", "ảnh JPEG"),
  PNG("image/png", "png", "ảnh PNG");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  /** How much of the ZIP's entries list is read looking for the content types, and how large that part may be. */
  private static final int MAX_ZIP_ENTRIES = 5_000;
  private static final int MAX_CONTENT_TYPES = 1 << 20;

  private final String mediaType;
  private final String extension;
  private final String label;

  FileType(String mediaType, String extension, String label) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  String label() {
    return label;
  }

  static Optional<FileType> of(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
  }

  /** The type the bytes show, if it is one of these. */
  static Optional<FileType> detect(byte[] bytes) {
    if (starts(bytes, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (starts(bytes, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (starts(bytes, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (starts(bytes, ZIP_MAGIC)) {
      return office(bytes);
    }
    return Optional.empty();
  }

  private static Optional<FileType> office(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        if (!"[Content_Types].xml".equals(entry.getName())) {
          continue;
        }
        byte[] types = zip.readNBytes(MAX_CONTENT_TYPES + 1);
        if (types.length > MAX_CONTENT_TYPES) {
          return Optional.empty();
        }
        String xml = new String(types, StandardCharsets.UTF_8);
        if (xml.contains("macroEnabled") || xml.contains("vbaProject")) {
          return Optional.empty();
        }
        if (xml.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
          return Optional.of(DOCX);
        }
        if (xml.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
          return Optional.of(XLSX);
        }
        return Optional.empty();
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean starts(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
