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

  public static Optional<Organ> ofKey(String key) {
    return Arrays.stream(values()).filter(organ -> organ.key.equals(key)).findFirst();
  }
}
