package vn.rollout.attachment;

/** What a file is attached to: a resolution (its text), a programme item (evidence), a numbered document (its signed scan). */
enum Subject {
  RESOLUTION("nghị quyết", FileType.PDF, FileType.DOCX),
  ITEM("nhiệm vụ", FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.JPEG, FileType.PNG),
  DOCUMENT("văn bản", FileType.PDF, FileType.JPEG, FileType.PNG);

  private final String label;
  private final java.util.List<FileType> allowed;

  Subject(String label, FileType... allowed) {
    this.label = label;
    this.allowed = java.util.List.of(allowed);
  }

  String label() {
    return label;
  }

  java.util.List<FileType> allowed() {
    return allowed;
  }

  String allowedText() {
    return String.join(", ", allowed.stream().map(FileType::label).toList());
  }
}
