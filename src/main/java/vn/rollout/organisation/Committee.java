package vn.rollout.organisation;

import java.util.Optional;
import java.util.Set;

/** A committee (cấp ủy) in the tree, with the organs it has. */
public record Committee(String code, String name, String symbol, String parentCode, int depth, Set<Organ> organs) {

  public boolean has(Organ organ) {
    return organs.contains(organ);
  }

  /** The group for a task meant for {@code organ}, or for the first fallback this committee has. */
  public String taskGroup(Organ organ, Organ... fallbacks) {
    if (has(organ)) {
      return TaskGroups.organ(code, organ);
    }
    for (Organ fallback : fallbacks) {
      if (has(fallback)) {
        return TaskGroups.organ(code, fallback);
      }
    }
    throw new IllegalStateException("committee " + code + " has no " + organ.key());
  }

  public Optional<String> parent() {
    return Optional.ofNullable(parentCode);
  }
}
