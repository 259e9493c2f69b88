package vn.rollout.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;

/** A committee and every committee above it, nearest first: whose offices and boards may look down on it. */
final class CommitteeChain {

  private CommitteeChain() {}

  static List<Committee> upwards(CommitteeDirectory directory, String committeeCode) {
    List<Committee> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Committee> next = directory.find(committeeCode);
    while (next.isPresent() && seen.add(next.get().code())) {
      chain.add(next.get());
      next = next.get().parent().flatMap(directory::find);
    }
    return chain;
  }
}
