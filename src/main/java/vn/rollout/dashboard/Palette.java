package vn.rollout.dashboard;

import java.util.Map;
import vn.rollout.review.ReportState;

/** The status colours of docs/domain.md as RGB, light enough to print black text on. */
final class Palette {

  private static final Map<String, String> HEX = Map.of(
      "grey", "D9D9D9",
      "blue", "9DC3E6",
      "green", "A9D18E",
      "orange", "F4B183",
      "red", "FF7C80");

  private Palette() {}

  /** RRGGBB of a colour name of {@code ItemStatus} or {@code ReportState}. */
  static String hex(String colour) {
    return HEX.getOrDefault(colour, "FFFFFF");
  }

  static byte[] rgb(String colour) {
    String hex = hex(colour);
    return new byte[] {
        (byte) Integer.parseInt(hex.substring(0, 2), 16),
        (byte) Integer.parseInt(hex.substring(2, 4), 16),
        (byte) Integer.parseInt(hex.substring(4, 6), 16)};
  }
}
