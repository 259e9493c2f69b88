package vn.rollout.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;

/**
 * Who may read a committee's data through {@code /api}: the members of an organ of that committee or
 * of any committee above it, and administrators. The office reads its subtree's programme items and
 * monitoring ({@link Organ#OFFICE}), the organisation board its subtree's evaluation figures
 * ({@link Organ#ORGANISATION}). The caller is the engine's current authentication, which
 * {@code RestAuthenticationConfiguration} sets for every {@code /api} request; code running without one
 * (a job, start-up) is the system and may read everything. (The bean keeps the name it had when
 * features had checks of their own.)
 */
@Service("organCommitteeAccess")
public class CommitteeAccess {

  private final CommitteeDirectory committees;
  private final IdentityService identityService;

  CommitteeAccess(CommitteeDirectory committees, IdentityService identityService) {
    this.committees = committees;
    this.identityService = identityService;
  }

  /**
   * @throws AuthorizationException (403 in {@code /api}) unless the caller is a member of {@code organ} of
   *     the committee or of a committee above it, or an administrator
   */
  public void require(Organ organ, String committeeCode) {
    if (!mayRead(organ, committeeCode)) {
      throw new AuthorizationException("Đồng chí không có quyền xem dữ liệu của cấp ủy này (cần thuộc "
          + organ.label() + " của cấp ủy đó hoặc cấp ủy cấp trên).");
    }
  }

  /**
   * @throws AuthorizationException (403 in {@code /api}) unless the caller is a member of any organ of the
   *     committee or of a committee above it, or an administrator
   */
  public void requireMember(String committeeCode) {
    if (!mayRead(EnumSet.allOf(Organ.class), committeeCode)) {
      throw new AuthorizationException("Đồng chí không có quyền xem dữ liệu của cấp ủy này (cần thuộc một cơ quan "
          + "của cấp ủy đó hoặc cấp ủy cấp trên).");
    }
  }

  /** Whether the caller is a member of any organ of the committee or of a committee above it, or an administrator. */
  public boolean mayReadAsMember(String committeeCode) {
    return mayRead(EnumSet.allOf(Organ.class), committeeCode);
  }

  /** Whether the caller is a member of the group (or the system, or an administrator). */
  public boolean inGroup(String groupId) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(groupId);
  }

  /**
   * @throws AuthorizationException (403 in {@code /api}) unless the caller belongs to an organ or unit of a
   *     committee in the subtree of {@code rootCode} or above it, or is an administrator: whoever takes part in
   *     a resolution issued there (its text is theirs to read)
   */
  public void requireInTree(String rootCode) {
    if (mayReadAsMember(rootCode)) {
      return;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    for (String group : groups) {
      String committee = null;
      if (group.startsWith(TaskGroups.UNIT_PREFIX)) {
        committee = committees.unitCommittee(group.substring(TaskGroups.UNIT_PREFIX.length())).orElse(null);
      } else if (group.lastIndexOf('.') > 0 && Organ.ofKey(group.substring(group.lastIndexOf('.') + 1)).isPresent()) {
        committee = group.substring(0, group.lastIndexOf('.'));
      }
      if (committee != null && CommitteeChain.upwards(committees, committee).stream().anyMatch(c -> c.code().equals(rootCode))) {
        return;
      }
    }
    throw new AuthorizationException("Đồng chí không thuộc cấp ủy nào triển khai nghị quyết này.");
  }

  /** Whether the caller is a member of {@code organ} of the committee or of a committee above it, or an administrator. */
  public boolean mayRead(Organ organ, String committeeCode) {
    return mayRead(EnumSet.of(organ), committeeCode);
  }

  private boolean mayRead(Set<Organ> organs, String committeeCode) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return true;
    }
    Set<String> groups = Set.copyOf(caller.getGroupIds() == null ? List.of() : caller.getGroupIds());
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return CommitteeChain.upwards(committees, committeeCode).stream()
        .anyMatch(committee -> organs.stream().anyMatch(organ -> groups.contains(TaskGroups.organ(committee.code(), organ))));
  }
}
