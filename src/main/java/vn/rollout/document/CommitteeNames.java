package vn.rollout.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a committee's name says, as Party documents use it: "Đảng ủy phường Hải Châu" is of the kind
 * "Đảng ủy" at the place "phường Hải Châu" (named "Hải Châu" in a date line); its Party organisation
 * is "Đảng bộ phường Hải Châu"; its members are "đảng ủy viên".
 */
public final class CommitteeNames {

  /** A kind of committee: its word, the word of its place, its organisation's word, its members'. */
  private record Kind(String prefix, String word, String placeWord, String organisation, String members) {}

  /** Longest first, so that "Đảng ủy phường " is found before "Đảng ủy ". */
  private static final List<Kind> KINDS = List.of(
      new Kind("Thành ủy ", "Thành ủy", "thành phố", "Đảng bộ thành phố", "Thành ủy viên"),
      new Kind("Tỉnh ủy ", "Tỉnh ủy", "tỉnh", "Đảng bộ tỉnh", "Tỉnh ủy viên"),
      new Kind("Huyện ủy ", "Huyện ủy", "huyện", "Đảng bộ huyện", "Huyện ủy viên"),
      new Kind("Quận ủy ", "Quận ủy", "quận", "Đảng bộ quận", "Quận ủy viên"),
      new Kind("Thị ủy ", "Thị ủy", "thị xã", "Đảng bộ thị xã", "Thị ủy viên"),
      new Kind("Đảng ủy phường ", "Đảng ủy", "phường", "Đảng bộ phường", "Đảng ủy viên"),
      new Kind("Đảng ủy xã ", "Đảng ủy", "xã", "Đảng bộ xã", "Đảng ủy viên"),
      new Kind("Đảng ủy thị trấn ", "Đảng ủy", "thị trấn", "Đảng bộ thị trấn", "Đảng ủy viên"),
      new Kind("Đảng ủy đặc khu ", "Đảng ủy", "đặc khu", "Đảng bộ đặc khu", "Đảng ủy viên"),
      new Kind("Đảng ủy ", "Đảng ủy", null, "Đảng bộ", "Đảng ủy viên"),
      new Kind("Chi bộ ", "Chi bộ", null, "Chi bộ", "Chi ủy viên"));

  private CommitteeNames() {}

  private static Optional<Kind> kind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return KINDS.stream().filter(kind -> lower.startsWith(kind.prefix().toLowerCase(Locale.ROOT))).findFirst();
  }

  private static String rest(Kind kind, String name) {
    return name.substring(kind.prefix().length()).strip();
  }

  /** "Hải Châu" for "Đảng ủy phường Hải Châu", "Đà Nẵng" for "Thành ủy Đà Nẵng"; empty for a cell or an unknown kind. */
  public static Optional<String> place(String name) {
    return kind(name).filter(kind -> kind.placeWord() != null).map(kind -> rest(kind, name));
  }

  /** "phường Hải Châu", "thành phố Đà Nẵng": the place as a unit's name ends with it. */
  public static Optional<String> placePhrase(String name) {
    return kind(name).filter(kind -> kind.placeWord() != null).map(kind -> kind.placeWord() + " " + rest(kind, name));
  }

  /** "Đảng ủy phường", "Tỉnh ủy", "Chi bộ": the kind of committee as a level of the tree is named. */
  public static String levelName(String name) {
    return kind(name).map(kind -> kind.prefix().strip()).orElse(name);
  }

  /** "Đảng ủy", "Thành ủy", "Chi bộ": how a committee calls itself inside its own documents. */
  public static String word(String name) {
    return kind(name).map(Kind::word).orElse(name);
  }

  /** "Đảng bộ thành phố Đà Nẵng" for "Thành ủy Đà Nẵng": the superior's line in a document's heading. */
  public static String organisation(String name) {
    return kind(name).map(kind -> kind.placeWord() == null
            ? kind.organisation() + " " + rest(kind, name)
            : kind.organisation() + " " + rest(kind, name))
        .orElse(name);
  }

  /** "Đảng ủy viên", "Thành ủy viên", "Chi ủy viên". */
  public static String members(String name) {
    return kind(name).map(Kind::members).orElse("cấp ủy viên");
  }

  /** A grassroots cell (chi bộ): it has a secretary and a cell committee, no standing committee nor office. */
  public static boolean isCell(String name, String symbol) {
    return "CB".equals(symbol) || name.toLowerCase(Locale.ROOT).startsWith("chi bộ ");
  }

  /**
   * A unit or organ of the committee named inside its own programme, without repeating the committee's
   * place: "Sở Khoa học và Công nghệ thành phố Đà Nẵng" is "Sở Khoa học và Công nghệ" in the city's
   * programme, "Văn phòng Đảng ủy phường Hải Châu" is "Văn phòng Đảng ủy" in the ward's.
   */
  public static String withoutOwnPlace(String lead, String committeeName) {
    if (lead == null || lead.isBlank()) {
      return lead;
    }
    String result = lead;
    if (result.endsWith(" " + committeeName)) {
      return result.substring(0, result.length() - committeeName.length()) + word(committeeName);
    }
    for (String suffix : new String[] {placePhrase(committeeName).orElse(null), place(committeeName).orElse(null)}) {
      if (suffix != null && result.toLowerCase(Locale.ROOT).endsWith(" " + suffix.toLowerCase(Locale.ROOT))) {
        return result.substring(0, result.length() - suffix.length() - 1);
      }
    }
    return result;
  }
}
