package vn.rollout.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A committee (cấp ủy) in the tree, with its organs in catalogue order. */
public record Committee(String code, String name, String symbol, String parentCode, int depth, List<OrganKind> organs) {

  public Committee {
    organs = organs.stream().sorted(Comparator.comparingInt(OrganKind::position).thenComparing(OrganKind::key)).toList();
  }

  /**
   * The organ that plays {@code role}: the first organ whose kind plays it, else the first whose kind
   * stands in for it (the fallback: a cell's secretary, a committee's office).
   */
  public Optional<OrganKind> organ(Role role) {
    return organs.stream().filter(kind -> kind.roles().contains(role)).findFirst()
        .or(() -> organs.stream().filter(kind -> kind.standsInFor().contains(role)).findFirst());
  }

  public boolean has(Role role) {
    return organ(role).isPresent();
  }

  /** The group of the organ that plays {@code role}, if any organ does. */
  public Optional<String> group(Role role) {
    return organ(role).map(kind -> TaskGroups.organ(code, kind.key()));
  }

  /** The group for a task of {@code role}. */
  public String taskGroup(Role role) {
    return group(role).orElseThrow(() -> new IllegalStateException("committee " + code + " has no organ for the role " + role.key()));
  }

  /** The name of the organ that plays {@code role} ("Ủy ban Kiểm tra Thành ủy Đà Nẵng", "Bí thư Chi bộ …"). */
  public Optional<String> organName(Role role) {
    return organ(role).map(kind -> kind.name(name));
  }

  public boolean hasOrgan(String kindKey) {
    return organs.stream().anyMatch(kind -> kind.key().equals(kindKey));
  }

  public Set<String> organKeys() {
    return organs.stream().map(OrganKind::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The groups of all its organs. */
  public List<String> organGroups() {
    return organs.stream().map(kind -> TaskGroups.organ(code, kind.key())).toList();
  }

  public Optional<String> parent() {
    return Optional.ofNullable(parentCode);
  }
}
