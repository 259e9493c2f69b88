package vn.rollout.document;

import vn.rollout.process.FormRejection;

/** A form's field for the number an office took from its paper register: empty for the register's next. */
public final class DocumentNumberField {

  private DocumentNumberField() {}

  /** @throws RuntimeException a {@link FormRejection} (the form is refused, nothing completes) unless empty or a whole number from 1 */
  public static Integer read(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      text = String.valueOf(number.longValue());
    }
    if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
      throw FormRejection.of(field,
          "Số văn bản theo sổ đăng ký phải là số nguyên dương (ví dụ 12), hoặc để trống để lấy số tiếp theo.");
    }
    return Integer.parseInt(text);
  }
}
