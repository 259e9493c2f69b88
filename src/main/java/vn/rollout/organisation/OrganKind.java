package vn.rollout.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of organ in the catalogue ({@code organ_kind}, imported from {@code organ-kinds.csv}): its key
 * (the suffix of its groups' ids), its Vietnamese name with {@value #COMMITTEE} where the committee's
 * name goes, the roles it plays, and the roles it stands in for when the committee has no organ playing
 * them (a cell's secretary does the standing committee's and the propaganda board's work). The
 * position orders the kinds: a committee's organs are listed in it, and when two organs could play a
 * role, the first wins.
 */
public record OrganKind(String key, String namePattern, Set<Role> roles, Set<Role> standsInFor, int position) {

  public static final String COMMITTEE = "{committee}";

  public OrganKind {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    standsInFor = standsInFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(standsInFor));
  }

  /** The organ's name in a committee: "Ban Thường vụ Đảng ủy phường Hải Châu", "Bí thư Chi bộ Tổ dân phố 1". */
  public String name(String committeeName) {
    return name(key, namePattern, committeeName);
  }

  /**
   * The name of an organ of kind {@code key} and name pattern {@code pattern} in a committee. A cell
   * (chi bộ) that files of the five-organ format still give the old kinds has a secretary and a cell
   * committee, never a standing committee or an office: its {@code thuong-vu} is "Bí thư Chi bộ …" and
   * its {@code van-phong} "Chi ủy Chi bộ …" (the tasks they do stay the same).
   */
  public static String name(String key, String pattern, String committeeName) {
    if (committeeName != null && committeeName.toLowerCase(Locale.ROOT).startsWith("chi bộ ")) {
      if (Organ.STANDING_COMMITTEE.key().equals(key)) {
        return "Bí thư " + committeeName;
      }
      if (Organ.OFFICE.key().equals(key)) {
        return "Chi ủy " + committeeName;
      }
    }
    return pattern.replace(COMMITTEE, committeeName);
  }

  /** The name without the committee: "Ban Thường vụ", "Bí thư". */
  public String title() {
    return namePattern.replace(COMMITTEE, "").strip();
  }

  /** {@code office;study}: roles as stored and written in the CSV file. */
  static String keys(Set<Role> roles) {
    return roles.stream().sorted().map(Role::key).collect(Collectors.joining(";"));
  }

  /** The roles of a stored {@code ;}-separated list; unknown keys are ignored (the import never stores any). */
  static Set<Role> roles(String keys) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (keys != null) {
      Arrays.stream(keys.split(";")).map(String::trim).map(Role::ofKey).flatMap(java.util.Optional::stream).forEach(roles::add);
    }
    return roles;
  }
}
