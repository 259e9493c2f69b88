package vn.rollout.resolution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The field (lĩnh vực) a resolution's target belongs to, as the review reports group results: a fixed
 * list. The API takes the code ({@code ECONOMY}) or the Vietnamese label ("kinh tế"), and answers both.
 */
public enum TargetField {
  ECONOMY("Kinh tế"),
  CULTURE_SOCIETY("Văn hóa – xã hội"),
  ENVIRONMENT("Tài nguyên – môi trường"),
  DEFENCE_SECURITY("Quốc phòng – an ninh"),
  FOREIGN_AFFAIRS("Đối ngoại"),
  PARTY_BUILDING("Xây dựng Đảng");

  private final String label;

  TargetField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The field named by its code or its Vietnamese label (any case, any Unicode normal form, "-" for "–"). */
  public static Optional<TargetField> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = comparable(text);
    for (TargetField field : values()) {
      if (field.name().equalsIgnoreCase(wanted) || comparable(field.label).equals(wanted)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  private static String comparable(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"))
        .replace('–', '-').replaceAll("\\s*-\\s*", " - ").replaceAll("\\s+", " ");
  }
}
