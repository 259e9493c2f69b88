package vn.rollout.dashboard;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Organ;

/**
 * Who may watch a committee: an administrator ({@code camunda-admin}), and the office (Văn phòng, the
 * secretariat) of the committee or of any committee above it. The central secretariat is the office
 * of the root committee, which is above every committee, so it sees all.
 */
@Component
class StatusAccess {

  private static final String OFFICE_SUFFIX = "." + Organ.OFFICE.key();

  private final IdentityService identityService;
  private final StatusQuery query;

  StatusAccess(IdentityService identityService, StatusQuery query) {
    this.identityService = identityService;
    this.query = query;
  }

  /** @throws AuthorizationException when the signed-in caller may not watch the committee */
  void checkMayWatch(String committeeCode) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    List<String> offices = groups.stream().filter(group -> group.endsWith(OFFICE_SUFFIX))
        .map(group -> group.substring(0, group.length() - OFFICE_SUFFIX.length()))
        .toList();
    if (offices.isEmpty() || query.selfAndAncestors(committeeCode).stream().noneMatch(offices::contains)) {
      throw new AuthorizationException("Chỉ Văn phòng của cấp ủy này hoặc của cấp ủy cấp trên được theo dõi.");
    }
  }
}
