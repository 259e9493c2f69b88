package vn.rollout.execution;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;

/**
 * Who may read a committee's figures through {@code /api}: an administrator, or a member of a group of
 * that committee (an organ, {@code <code>.<organ>}) or of any committee above it.
 */
@Component
class CommitteeReaders {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;
  private final CommitteeDirectory committees;

  CommitteeReaders(IdentityService identityService, ProcessEngineConfigurationImpl engine, CommitteeDirectory committees) {
    this.identityService = identityService;
    this.engine = engine;
    this.committees = committees;
  }

  /** @throws AuthorizationException (403) when the caller may not read the committee */
  void requireReader(Committee committee) {
    Authentication caller = identityService.getCurrentAuthentication();
    String userId = caller == null ? null : caller.getUserId();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (userId != null && (engine.getAdminUsers().contains(userId) || !Collections.disjoint(groups, engine.getAdminGroups()))) {
      return;
    }
    Set<String> line = new HashSet<>();
    for (Optional<Committee> current = Optional.of(committee); current.isPresent();
        current = current.get().parent().flatMap(committees::find)) {
      if (!line.add(current.get().code())) {
        break;
      }
    }
    boolean member = groups.stream()
        .filter(group -> group.indexOf('.') > 0)
        .anyMatch(group -> line.contains(group.substring(0, group.indexOf('.'))));
    if (!member) {
      throw new AuthorizationException(userId + " is in no group of committee " + committee.code() + " or above it");
    }
  }
}
