package vn.rollout.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five organ kinds that every committee had before 2025, kept valid in the shipped catalogue
 * ({@code organ_kind}, migration V3_8) with the same keys, names and groups, so that files and data of
 * that time keep working. Today's organs are data ({@link OrganKind}); the work asked of them is a
 * {@link Role}.
 */
public enum Organ {
  STANDING_COMMITTEE("thuong-vu", "Ban Thường vụ"),
  OFFICE("van-phong", "Văn phòng"),
  PROPAGANDA("tuyen-giao", "Ban Tuyên giáo"),
  INSPECTION("kiem-tra", "Ủy ban Kiểm tra"),
  ORGANISATION("to-chuc", "Ban Tổ chức");

  private final String key;
  private final String label;

  Organ(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The key used in CSV files, group ids and the database. */
  public String key() {
    return key;
  }

  /** The organ's Vietnamese name, to which the committee's name is appended. */
  public String label() {
    return label;
  }

  /**
   * The organ's name in a committee of that name: a grassroots cell (chi bộ) has a secretary and a cell
   * committee, no standing committee nor office, so there its standing committee's role is the
   * secretary's ("Bí thư Chi bộ …") and its office's the cell committee's ("Chi ủy Chi bộ …").
   */
  public String labelIn(String committeeName) {
    if (committeeName != null && committeeName.toLowerCase(java.util.Locale.ROOT).startsWith("chi bộ ")) {
      if (this == STANDING_COMMITTEE) {
        return "Bí thư";
      }
      if (this == OFFICE) {
        return "Chi ủy";
      }
    }
    return label;
  }

  public static Optional<Organ> ofKey(String key) {
    return Arrays.stream(values()).filter(organ -> organ.key.equals(key)).findFirst();
  }
}
