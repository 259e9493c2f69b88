package vn.rollout.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code rollout.attachments.*}: how large one file may be, and how many files and bytes one resolution,
 * item or document may carry. Above them the upload is answered 413 naming the file, and nothing is stored.
 */
@ConfigurationProperties("rollout.attachments")
record AttachmentProperties(DataSize maxFileSize, DataSize maxTotalSize, int maxFiles) {

  AttachmentProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    maxTotalSize = maxTotalSize == null ? DataSize.ofMegabytes(30) : maxTotalSize;
    maxFiles = maxFiles <= 0 ? 20 : maxFiles;
  }
}
